#!/bin/sh
# Install the Debian packages jixiao needs, if any is missing:
#   fonts-noto-cjk        Chinese fonts (Noto Sans/Serif CJK SC)
#   fonts-noto-cjk-extra  their heavy weights (Noto Serif CJK SC Black stands in for 小标宋)
#   fonts-lxgw-wenkai     LXGW WenKai, a free 楷体
#   Fandol Fang/Kai/Song/Hei, free 仿宋/楷体/宋体/黑体 (GB2312 coverage): only their .otf
#   files, taken out of Debian's texlive-lang-chinese (see the end of this script)
#   libharfbuzz-subset0   font subsetting for PDF (without it WeasyPrint falls back to fontTools, ~15x slower)
#   libpango-1.0-0 libpangoft2-1.0-0  text layout for WeasyPrint
#   poppler-utils         pdftotext, used by the tests
#   chromium              headless browser: the tests look at the HTML on screen, the review pages and the preview
#   python3-venv          only where the Python in use cannot make a virtual environment
# As root it uses apt-get, otherwise sudo; if neither works it names the packages.
set -eu
PACKAGES="fonts-noto-cjk fonts-noto-cjk-extra fonts-lxgw-wenkai libharfbuzz-subset0 libpango-1.0-0 libpangoft2-1.0-0 poppler-utils chromium"

PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null || PACKAGES="$PACKAGES python3-venv"

missing=""
for package in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
FANDOL_DIR=/usr/local/share/fonts/fandol
[ -z "$missing" ] && [ -f "$FANDOL_DIR/FandolKai-Regular.otf" ] && exit 0

[ -n "$missing" ] && echo "需要安装系统软件包:$missing"
if [ "$(id -u)" = 0 ]; then
  run=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run="sudo"
else
  echo "无法自动安装：请让管理员以 root 执行" >&2
  echo "  sh scripts/install-system-packages.sh" >&2
  exit 1
fi
$run apt-get update -q
[ -z "$missing" ] || DEBIAN_FRONTEND=noninteractive $run apt-get install -y -q --no-install-recommends $missing

# The Fandol fonts ship inside texlive-lang-chinese, whose dependencies (TeX Live) run to
# hundreds of megabytes: download that one package and extract only the fonts.
if [ ! -f "$FANDOL_DIR/FandolKai-Regular.otf" ]; then
  echo "安装 Fandol 字体（仿宋、楷体、宋体、黑体）到 $FANDOL_DIR"
  work=$(mktemp -d)
  (cd "$work" && apt-get download -q texlive-lang-chinese 2>/dev/null)
  dpkg-deb --fsys-tarfile "$work"/texlive-lang-chinese_*.deb \
    | tar -x -C "$work" --wildcards './usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/Fandol[FHKS]*.otf'
  $run mkdir -p "$FANDOL_DIR"
  $run cp "$work"/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/*.otf "$FANDOL_DIR"/
  rm -rf "$work"
  $run fc-cache -f "$FANDOL_DIR"
fi
