#!/usr/bin/env bash
# Renders pages of the approved forms (those of FormGoldenTest: real Kep. Seribu data and real
# region names) into docs/forms/*.png, to look at them and to show them in the README.
# Needs pdftoppm (Debian: poppler-utils).   Usage: scripts/form-pictures.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/java-home.sh
OUT="$PWD/forms/target/form-pictures"
rm -rf "$OUT"
./mvnw -B -q -ntp -pl forms -am verify -Dtest=FormGoldenTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Drekap.forms.preview="$OUT"
render() { # PDF, PNG name, page
  pdftoppm -png -r 110 -f "$3" -l "$3" -singlefile "$OUT/$1" "docs/forms/$2"
}
render d-hasil-kecamatan-ppwp-310102-official-a4.pdf d-hasil-kecamatan-ppwp 1
render d-hasil-kecamatan-ppwp-310102-official-a4.pdf d-hasil-kecamatan-ppwp-lampiran 2
render d-hasil-kecamatan-ppwp-310102-official-a4.pdf d-hasil-kecamatan-ppwp-tanda-tangan 3
render d-hasil-kabkota-ppwp-3101-draft-a4.pdf d-hasil-kabkota-ppwp 1
render d-hasil-kecamatan-pdpd-330505-draft-a4.pdf d-hasil-kecamatan-dpd 1
render d-hasil-kecamatan-pdprdk-330505-dk-1-draft-a4.pdf d-hasil-kecamatan-dprd-kabkota 1
render d-hasil-kabkota-pdprdk-3201-dk-1-draft-a4.pdf d-hasil-kabkota-dprd-kabkota 1
render d-hasil-kecamatan-pkwkk-110804-draft-a4.pdf d-hasil-kecamatan-pilkada-bupati 1
render d-kejadian-310102-sesi-1-official-a4.pdf d-kejadian 1
render d-kejadian-310102-blanko-blank-a4.pdf d-kejadian-blanko 1
ls -l docs/forms
