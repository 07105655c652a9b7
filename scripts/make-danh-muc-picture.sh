#!/usr/bin/env bash
# The pictures of the DanhMuc sheet in the user guide: the starting sheet written by `tonghop settings`, with entries
# as an office would type them (an extra day off 13/10/2026, «Đo lường điện» as another name of a field, an expected
# unit, the unit's ways of writing a status and a staff type, the governing body and place, the subject of the
# report's sentences and a reworded sentence), converted by LibreOffice and drawn by pdftoppm: docs/danh-muc.png
# (the first page: tables 1–4) and docs/danh-muc-cau-chu.png (table 6, the report's wording). Needs `npm run build:cli`.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/co-quan.json" <<'JSON'
{
  "days": [{ "date": "13/10/2026", "kind": "Nghỉ", "note": "Ngày nghỉ theo thông báo của UBND tỉnh" }],
  "fields": [{ "name": "Tiêu chuẩn đo lường chất lượng", "synonyms": ["Đo lường điện"] }],
  "units": [{ "name": "Chi cục Tiêu chuẩn Đo lường Chất lượng", "synonyms": ["Chi cục TĐC"] }],
  "labels": [
    { "list": "Trạng thái hồ sơ", "label": "Đúng hạn", "synonyms": ["Đã trả KQ đúng hẹn"] },
    { "list": "Loại cán bộ", "label": "Công chức", "synonyms": ["Biên chế"] }
  ],
  "agency": { "parent": "UBND TỈNH TÂY NINH", "place": "Tây Ninh" },
  "phrases": [
    { "name": "Chủ thể của các câu (cơ quan báo cáo)", "text": "Sở Khoa học và Công nghệ" },
    { "name": "TTHC – câu tiếp nhận", "text": "Trong kỳ, {chủ thể} tiếp nhận tổng cộng {tiếp nhận} hồ sơ ({mới tiếp nhận} hồ sơ mới {trực tuyến}, {kỳ trước} hồ sơ kỳ trước chuyển sang)." }
  ]
}
JSON
node bin/tonghop.js settings -o "$work/DanhMuc.xlsx" --settings "$work/co-quan.json" >/dev/null
soffice "-env:UserInstallation=file://$work/profile" --headless --norestore --convert-to pdf --outdir "$work" "$work/DanhMuc.xlsx" >/dev/null
# Tables 1–4 fill the first landscape page (fitted to its width): draw it inside the margins, large enough to read.
pdftoppm -png -r 110 -x 45 -y 55 -W 1195 -H 750 -f 1 -l 1 -singlefile "$work/DanhMuc.pdf" docs/danh-muc
# Table 6 sits on the second page under table 5: its title, header and first row, then the rest.
pdftoppm -png -r 110 -x 45 -y 203 -W 1195 -H 78 -f 2 -l 2 -singlefile "$work/DanhMuc.pdf" docs/danh-muc-cau-chu-1
pdftoppm -png -r 110 -x 45 -y 280 -W 1195 -H 560 -f 2 -l 2 -singlefile "$work/DanhMuc.pdf" docs/danh-muc-cau-chu-2
echo "docs/danh-muc.png docs/danh-muc-cau-chu-1.png docs/danh-muc-cau-chu-2.png"
