#!/usr/bin/env bash
# Writes the summary fixtures of test/fixtures/summaries/<version>/ with the TongHop built in this tree
# (npm run build first). Run it at the commit named in that folder's README: the files are what that version
# wrote, so every later version must still read them. Never edit the outputs by hand.
# Usage: bash scripts/make-summary-fixtures.sh [outDir]   (default test/fixtures/summaries/v0.1)
set -euo pipefail
out="${1:-test/fixtures/summaries/v0.1}"
ex=examples/don-vi
mkdir -p "$out"
tonghop() { node bin/tonghop.js "$@" --quiet; }
# The whole example province (six units), default agency line.
tonghop consolidate "$ex" -o "$out/tong-hop.xlsx" --json "$out/tong-hop.json" || [ $? -eq 1 ]
# Two disjoint parts of it, each under an agency of its own, to be merged back into one.
tonghop consolidate "$ex/01-van-phong.xlsx" "$ex/02-chi-cuc-tdc.xlsx" "$ex/03-trung-tam-kiem-dinh.xls" \
  -o "$out/phan-a.xlsx" --json "$out/phan-a.json" --agency "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH" || [ $? -eq 1 ]
tonghop consolidate "$ex/04-thanh-tra.ods" "$ex/05-trung-tam-ung-dung.xlsx" "$ex/06-phong-qlkh.xlsx" \
  -o "$out/phan-b.xlsx" --json "$out/phan-b.json" --agency "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LONG AN" || [ $? -eq 1 ]
