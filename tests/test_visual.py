"""Visual regression: chosen pages of each example filing, rendered to PNG, look like the
reviewed reference images in tests/references/ (within a small tolerance).

After a deliberate change to the look, refresh the references (and the pictures in docs/
that the README shows) with ``make update-references``, then look at them before
committing. The references are made with the faces `make build` installs; a machine with
other faces (the official ones) renders differently and fails here.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from conftest import ROOT

REFERENCES = ROOT / "tests" / "references"
DOCS = ROOT / "docs"
RESOLUTION = 40  # dpi: enough to see a moved line or rule, small enough to keep in git
# (filing, 1-based page): cover, 目录, body, project tables, forms, tables cut by a page
CHOSEN = [("hebei-shanhaiguan-2022", 1), ("hebei-shanhaiguan-2022", 2), ("hebei-shanhaiguan-2022", 3),
          ("hebei-shanhaiguan-2022", 10), ("hebei-zunhua-2022", 12), ("hebei-zunhua-2022", 13),
          ("hunan-yuanjiang-2024", 1), ("hunan-yuanjiang-2024", 2), ("hunan-yuanjiang-2024", 11),
          ("xinjiang-korla-2020", 2), ("xinjiang-korla-2020", 3)]
# one picture per layout for the README: two pages side by side
DOCS_PAGES = {"hebei": ("hebei-shanhaiguan-2022", (3, 10)), "hunan": ("hunan-yuanjiang-2024", (1, 3)),
              "xinjiang": ("xinjiang-korla-2020", (2, 3))}
# a pixel differs when its grey differs by more than this; a page may have this share of them
THRESHOLD, TOLERANCE = 64, 0.002


def page_image(pdf: Path, page: int, resolution: int = RESOLUTION) -> Image.Image:
    """One page of a PDF as a greyscale image, rendered by pdftoppm."""
    png = subprocess.run(["pdftoppm", "-gray", "-png", "-r", str(resolution), "-f", str(page), "-l", str(page),
                          "-singlefile", str(pdf)], capture_output=True, check=True).stdout
    from io import BytesIO

    return Image.open(BytesIO(png)).convert("L")


def differing_share(image: Image.Image, reference: Image.Image) -> float:
    """The share of pixels whose grey differs by more than THRESHOLD (1.0 if the sizes differ)."""
    if image.size != reference.size:
        return 1.0
    histogram = ImageChops.difference(image, reference).histogram()
    return sum(histogram[THRESHOLD + 1:]) / (image.width * image.height)


def reference_path(name: str, page: int) -> Path:
    return REFERENCES / f"{name}-{page}.png"


@pytest.mark.parametrize("name, page", CHOSEN)
def test_page_looks_like_its_reference(built, request, name, page):
    image = page_image(built / f"{name}.pdf", page)
    reference = reference_path(name, page)
    if request.config.getoption("--update-references"):
        REFERENCES.mkdir(exist_ok=True)
        image.save(reference, optimize=True)
        return
    assert reference.exists(), f"no reference image: run make update-references and look at {reference}"
    share = differing_share(image, Image.open(reference).convert("L"))
    assert share <= TOLERANCE, f"{name} page {page} differs from {reference.name} in {share:.2%} of its pixels"


@pytest.mark.parametrize("layout", sorted(DOCS_PAGES))
def test_docs_picture_of_each_layout(built, request, layout):
    """The README's pictures are made with the references (and only then)."""
    target = DOCS / f"{layout}.png"
    if not request.config.getoption("--update-references"):
        assert target.exists(), f"{target} is made by make update-references"
        return
    name, pages = DOCS_PAGES[layout]
    images = [page_image(built / f"{name}.pdf", page, resolution=50) for page in pages]
    gap = 12
    picture = Image.new("L", (sum(i.width for i in images) + gap * (len(images) + 1),
                              max(i.height for i in images) + 2 * gap), 200)
    x = gap
    for image in images:
        picture.paste(image, (x, gap))
        x += image.width + gap
    DOCS.mkdir(exist_ok=True)
    picture.quantize(16).save(target, optimize=True)  # 16 greys keep the picture small
