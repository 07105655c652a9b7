#!/usr/bin/env bash
# Every printed page of what users print, as pictures to look at before calling a layout change done: the summary
# workbook of the example province (npm run example's out/TongHop.xlsx, with a place and a signer), the unit
# template, and the report document — each through LibreOffice to PDF, then pdftoppm. Needs `npm run build:cli`.
# Writes out/print/TongHop-N.png, out/print/Mau-N.png, out/print/BaoCao-N.png (one per page) and prints their names.
set -euo pipefail
cd "$(dirname "$0")/.."
out="out/print"
rm -rf "$out"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
node bin/tonghop.js consolidate examples/don-vi -o "$out/TongHop.xlsx" --docx "$out/BaoCao.docx" --quiet \
  --accept 06-phong-qlkh.xlsx --place "Tây Ninh" --signer "Nguyễn Văn An"
node bin/tonghop.js template -o "$out/Mau.xlsx" >/dev/null
for f in TongHop.xlsx Mau.xlsx BaoCao.docx; do
  soffice "-env:UserInstallation=file://$work/profile" --headless --norestore --convert-to pdf --outdir "$work" "$out/$f" >/dev/null 2>&1
  pdftoppm -png -r 80 "$work/${f%.*}.pdf" "$out/${f%.*}"
done
ls "$out"/*.png
