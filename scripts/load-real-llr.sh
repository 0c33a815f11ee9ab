#!/usr/bin/env bash
# Loads the real Leicester, Leicestershire and Rutland data beside the project into a database:
#   bash scripts/load-real-llr.sh /tmp/llr.duckdb [../shared/data]
# Districts, LSOA 2011 with populations, and every police.uk street-level ASB file.
set -euo pipefail
db="${1:?usage: load-real-llr.sh DB [DATA_DIR]}"
data="${2:-${ICSB_SHARED_DATA:-../shared/data}}"
icsb() { node bin/icsb.js "$@"; }
icsb boundaries load --db "$db" --layer district --name "Local authority district" \
  --code-property LAD_CODE --name-property LAD_NAME "$data/boundaries/llr/llr_lad_from_wards2025.geojson"
icsb boundaries load --db "$db" --layer lsoa11 --name "LSOA 2011" \
  --code-property LSOA11CD --name-property LSOA11NM "$data/boundaries/llr/llr_lsoa2011_bgc.geojson"
icsb population load --db "$db" --layer lsoa11 --code-column "LSOA code (2011)" \
  --population-column "Total population: mid 2015 (excluding prisoners)" \
  "$data/deprivation_population/IoD2019_File6_Population_Denominators_LLR.csv"
icsb ingest --db "$db" --format police-uk "$data"/police_uk/leicestershire/street_asb/*.csv
