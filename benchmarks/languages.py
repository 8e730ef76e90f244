"""Throughput of the whole extraction on a mixed-language corpus (English, Russian, Azerbaijani, Armenian), in MB/s.

    .venv/bin/python benchmarks/languages.py [--mb 10] [--sources 100] [--repeats 3]

The corpus is generated from the sentences below (written for this
benchmark in the shapes news reports take in each language), each paragraph
numbered so that no cache sees it twice, and written as ``--sources`` files
of equal size, a quarter in each language. Half the sidecars declare the
language and half do not, so detection (``ingest.language``) runs as it
would on a real corpus. Each run reads the files (``ingest.read_corpus``)
and extracts every source (``pipeline.process``: segmentation, dates,
places, wars, claims) with the real gazetteer and wars, without MkDocs. The
machine is shared, so time is CPU time (``time.process_time``); the figure
is the median of ``--repeats`` runs. Target: at least 1 MB/s (issue 14).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from chronicle import ingest, pipeline  # noqa: E402
from chronicle.gazetteer import Gazetteer  # noqa: E402
from chronicle.wars import WarCatalog  # noqa: E402

MB = 1_000_000
SENTENCES = {
    "en": [
        "On 17 October 2020 Fuzuli was taken by Azerbaijani forces, the ministry said.",
        "Armenian units entered Shusha on 8 May 1992 after two days of fighting.",
        "By August 20, 1993, Jabrayil and Zangilan had fallen.",
        "Stepanakert was shelled again on Sunday morning, residents reported.",
        "A ceasefire was signed in Bishkek on 12 May 1994.",
    ],
    "ru": [
        "Утром 8 ноября 2020 года была освобождена Шуша, сообщило министерство обороны.",
        "23 июля 1993 года армянские силы захватили Агдам после нескольких дней боёв.",
        "Накануне в Степанакерте снова звучали сирены воздушной тревоги.",
        "В пятницу Физули перешёл под контроль азербайджанской армии.",
        "12 мая 1994 года было подписано соглашение о прекращении огня.",
    ],
    "az": [
        "Füzuli şəhəri 2020-ci il oktyabrın 17-də azad edildi.",
        "1993-cü il avqustun 23-də Ermənistan silahlı qüvvələri Cəbrayılı işğal etdi.",
        "Şəhərdə mina təmizləmə işləri artıq başlayıb, sakinlər geri qayıtmağı gözləyir.",
        "Ermənistan silahlı qüvvələri Tərtər şəhərini atəşə tutub.",
        "1994-cü il mayın 12-də atəşkəs haqqında saziş imzalandı.",
    ],
    "hy": [
        "Ստեփանակերտը 2020 թվականի հոկտեմբերի 4-ին հրետակոծվեց։",
        "1992 թվականի մայիսի 9-ին հայկական ուժերը գրավեցին Շուշին։",
        "Բնակիչները ապաստան գտան նկուղներում, իսկ Ֆիզուլիի ուղղությամբ մարտերը շարունակվում էին։",
        "Ադրբեջանական զորքերը նոյեմբերի 8-ին մտան Շուշի։",
        "1994 թվականի մայիսի 12-ին հրադադար հաստատվեց։",
    ],
}


def write_corpus(folder: Path, size: int, sources: int) -> int:
    """``sources`` files of about ``size`` bytes in all, a quarter per language; the bytes written."""
    languages = sorted(SENTENCES)
    per_source = size // sources
    total = 0
    for i in range(sources):
        language = languages[i % len(languages)]
        lines, written, n = [], 0, 0
        while written < per_source:
            sentences = SENTENCES[language]
            line = f"{i}.{n} " + " ".join(sentences[(n + k) % len(sentences)] for k in range(3))
            lines.append(line)
            written += len(line.encode("utf-8")) + 2
            n += 1
        (folder / f"{i:04d}_{language}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        declared = f"language: {language}\n" if i % 2 == 0 else ""
        (folder / f"{i:04d}_{language}.yml").write_text(f"title: Source {i}\npublished: '2020-11-10'\n{declared}", encoding="utf-8")
        total += written
    return total


def extract(folder: Path, gazetteer: Gazetteer, catalog: WarCatalog) -> int:
    """Read and extract every source in ``folder``; the number of sentences, so nothing is optimised away."""
    raws, _ = ingest.read_corpus(folder, folder, max_source_bytes=50 * MB)
    return sum(len(pipeline.process(raw, gazetteer, catalog).facts) for raw in raws)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--sources", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    gazetteer = Gazetteer.load(ROOT / "corpus" / "gazetteer")
    catalog = WarCatalog.load(ROOT / "corpus" / "wars.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        size = write_corpus(folder, int(args.mb * MB), args.sources)
        times, sentences = [], 0
        for _ in range(args.repeats):
            start = time.process_time()
            sentences = extract(folder, gazetteer, catalog)
            times.append(time.process_time() - start)
    median = statistics.median(times)
    print(f"mixed-language corpus: {size / MB:.1f} MB in {args.sources} sources (en, ru, az, hy), {sentences} sentences")
    print(f"ingest + segment + extract: median {median:.1f} s CPU of {args.repeats} runs -> {size / MB / median:.2f} MB/s (target >= 1 MB/s)")


if __name__ == "__main__":
    main()
