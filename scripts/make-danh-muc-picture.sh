#!/usr/bin/env bash
# The picture of the DanhMuc sheet in the user guide (docs/danh-muc.png): the starting sheet written by
# `tonghop settings`, with entries as an office would type them (an extra day off 13/10/2026, «Đo lường điện»
# as another name of a field, an expected unit, another way of writing a degree, the governing body and place), converted by LibreOffice and drawn by pdftoppm (first page). Needs `npm run build:cli`.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/co-quan.json" <<'JSON'
{
  "days": [{ "date": "13/10/2026", "kind": "Nghỉ", "note": "Ngày nghỉ theo thông báo của UBND tỉnh" }],
  "fields": [{ "name": "Tiêu chuẩn đo lường chất lượng", "synonyms": ["Đo lường điện"] }],
  "units": [{ "name": "Chi cục Tiêu chuẩn Đo lường Chất lượng", "synonyms": ["Chi cục TĐC"] }],
  "labels": [{ "list": "Trình độ chuyên môn", "label": "Cao đẳng", "synonyms": ["CĐ Thư viện"] }],
  "agency": { "parent": "UBND TỈNH TÂY NINH", "place": "Tây Ninh" }
}
JSON
node bin/tonghop.js settings -o "$work/DanhMuc.xlsx" --settings "$work/co-quan.json" >/dev/null
soffice "-env:UserInstallation=file://$work/profile" --headless --norestore --convert-to pdf --outdir "$work" "$work/DanhMuc.xlsx" >/dev/null
# The tables sit in the upper left of the landscape page: draw that part, large enough to read.
pdftoppm -png -r 110 -x 40 -y 50 -W 1160 -H 660 -f 1 -l 1 -singlefile "$work/DanhMuc.pdf" docs/danh-muc
echo "docs/danh-muc.png"
