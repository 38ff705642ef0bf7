#!/usr/bin/env bash
# PIVQ Studio quick start for Debian 12 (as root, or a user with sudo).
#
#   ./quickstart.sh          install what is missing, build, open the studio
#   ./quickstart.sh --test   install what is missing, build, run the whole test suite
#
# Idempotent: packages already installed and an existing build are reused.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

mode=studio
case "${1:-}" in
  --test|test) mode=test; shift ;;
  --studio|studio) shift ;;
esac

packages=(
  cmake ninja-build g++ ccache pkg-config
  libtorch-dev libopenblas0-pthread
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
  libopencv-core-dev libopencv-imgproc-dev libopencv-imgcodecs-dev libopencv-videoio-dev
  libeigen3-dev libquazip1-qt6-dev libgif-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  if [[ $EUID -ne 0 ]]; then sudo=sudo; fi
  echo "quickstart: installing ${missing[*]}"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Debian's LibTorch falls back to the reference BLAS (30x slower) without OpenBLAS, and
# two thread pools on few cores fight: LibTorch gets the cores, OpenBLAS one thread.
export OPENBLAS_NUM_THREADS=1

if [[ ! -f build/build.ninja ]]; then
  cmake --preset default
fi
cmake --build --preset default

if [[ $mode == test ]]; then
  ctest --preset default
  exit 0
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "quickstart: no display found. Run this on a desktop session, or try it headless with" >&2
  echo "            xvfb-run -a ./quickstart.sh   (apt-get install xvfb xauth)" >&2
  exit 2
fi
exec build/app/pivq-studio "$@"
