#!/usr/bin/env bash
# Builds a dev jar: the packaged zhnorm.jar, but reading dictionaries/ live from the work tree, so dictionary
# edits can be checked without rebuilding:
#   dev/devjar.sh [OUTDIR]     (default: target/dev)
#   ../shared/bin/conformance --jar target/dev/zhnorm-dev.jar
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/target/dev}
cd "$root"
[ -f target/zhnorm.jar ] || mvn -B -q -DskipTests package
mkdir -p "$out/devres/zhnorm"
cp target/zhnorm.jar "$out/zhnorm.jar"
ln -sfn "$root/dictionaries" "$out/devres/zhnorm/dictionaries"
tmp=$(mktemp -d)
printf 'Manifest-Version: 1.0\nMain-Class: io.github.zhnorm.cli.Main\nClass-Path: devres/ zhnorm.jar\n' > "$tmp/MANIFEST.MF"
jar --create --file "$out/zhnorm-dev.jar" --manifest "$tmp/MANIFEST.MF"
rm -rf "$tmp"
echo "$out/zhnorm-dev.jar reads $root/dictionaries"
