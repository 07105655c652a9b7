#!/usr/bin/env bash
# The picture of the report's first page in the user guide (docs/images/bao-cao-trang-1.png): the example province
# through `tonghop consolidate --docx`, converted by LibreOffice Writer and drawn by pdftoppm. Needs `npm run build:cli`.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
node bin/tonghop.js consolidate examples/don-vi -o "$work/TongHop.xlsx" --docx "$work/BaoCao.docx" --quiet --accept 06-phong-qlkh.xlsx \
  --governing-body "UBND tỉnh Tây Ninh" --agency "Sở Khoa học và Công nghệ" --number "125/BC-SKHCN" --place "Tây Ninh" \
  --signer-title "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC" --signer "Nguyễn Văn An" --recipients "UBND tỉnh; Sở Nội vụ; Lưu: VT, VP."
soffice "-env:UserInstallation=file://$work/profile" --headless --norestore --convert-to pdf --outdir "$work" "$work/BaoCao.docx" >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/BaoCao.pdf" docs/images/bao-cao-trang-1
echo "docs/images/bao-cao-trang-1.png"
