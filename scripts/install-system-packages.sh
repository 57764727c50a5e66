#!/bin/sh
# Install the Debian packages jixiao needs, if any is missing:
#   fonts-noto-cjk        Chinese fonts (Noto Sans/Serif CJK SC)
#   libharfbuzz-subset0   font subsetting for PDF (without it WeasyPrint falls back to fontTools, ~15x slower)
#   libpango-1.0-0 libpangoft2-1.0-0  text layout for WeasyPrint
#   poppler-utils         pdftotext, used by the tests
#   chromium              headless browser: the tests open the review pages and the preview in it
#   python3-venv          only where the Python in use cannot make a virtual environment
# As root it uses apt-get, otherwise sudo; if neither works it names the packages.
set -eu
PACKAGES="fonts-noto-cjk libharfbuzz-subset0 libpango-1.0-0 libpangoft2-1.0-0 poppler-utils chromium"

PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null || PACKAGES="$PACKAGES python3-venv"

missing=""
for package in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
[ -z "$missing" ] && exit 0

echo "需要安装系统软件包:$missing"
if [ "$(id -u)" = 0 ]; then
  run=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run="sudo"
else
  echo "无法自动安装：请让管理员执行" >&2
  echo "  apt-get update && apt-get install -y$missing" >&2
  exit 1
fi
$run apt-get update -q
DEBIAN_FRONTEND=noninteractive $run apt-get install -y -q --no-install-recommends $missing
