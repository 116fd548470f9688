"""axe-core for the accessibility tests: the pinned release from the npm registry.

`python tests/browser/axe_core.py` (run by `make browser`) downloads the release's
tarball, checks it against the sha512 integrity the registry publishes for it
(`dist.integrity`, recorded below) and extracts `axe.min.js` to var/axe-core/. No
node or npm is needed. To move to a newer release, take `version` and
`dist.integrity` from https://registry.npmjs.org/axe-core/latest.
"""

import base64
import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

AXE_VERSION = "4.14.1"
AXE_INTEGRITY = (
    "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCK"
    "g2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="
)
AXE_TARBALL = f"https://registry.npmjs.org/axe-core/-/axe-core-{AXE_VERSION}.tgz"
AXE_DIR = Path(__file__).resolve().parents[2] / "var" / "axe-core"
AXE_FILE = AXE_DIR / "axe.min.js"
#: Written next to the script: which release the file is.
VERSION_FILE = AXE_DIR / "VERSION"


def is_current():
    return (
        AXE_FILE.exists()
        and VERSION_FILE.exists()
        and VERSION_FILE.read_text().strip() == AXE_VERSION
    )


def integrity_of(data):
    """The npm `dist.integrity` form of a sha512 digest."""
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def fetch():
    with urllib.request.urlopen(AXE_TARBALL, timeout=60) as response:  # noqa: S310 - fixed https URL
        data = response.read()
    if integrity_of(data) != AXE_INTEGRITY:
        raise SystemExit(
            f"{AXE_TARBALL} does not match the recorded integrity {AXE_INTEGRITY}; "
            "not using it."
        )
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tarball:
        member = tarball.extractfile("package/axe.min.js")
        script = member.read()
    AXE_DIR.mkdir(parents=True, exist_ok=True)
    AXE_FILE.write_bytes(script)
    VERSION_FILE.write_text(AXE_VERSION + "\n")


def main():
    if is_current():
        print(f"axe-core {AXE_VERSION}: {AXE_FILE}")  # noqa: T201 - command output
        return
    print(f"Fetching axe-core {AXE_VERSION} from the npm registry …")  # noqa: T201
    fetch()
    print(f"axe-core {AXE_VERSION}: {AXE_FILE} (integrity checked)")  # noqa: T201


if __name__ == "__main__":
    sys.exit(main())
