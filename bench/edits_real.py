#!/usr/bin/python3
"""The newsroom edits of bench/gen_edits.py applied to real article bodies: a dev set in real language.

    /usr/bin/python3 bench/edits_real.py ../shared/data/aeb-dev/ground_truth.jsonl \\
        --own ../shared/data/quant-news-dev/cases.jsonl --seed 1 --out /tmp/er.jsonl --labels /tmp/er_labels.jsonl
    build/copydesk dedup /tmp/er.jsonl --no-reports | /usr/bin/python3 bench/clusters_to_labels.py > /tmp/er_pred.jsonl
    /usr/bin/python3 bench/score_edits.py /tmp/er_pred.jsonl /tmp/er_labels.jsonl

gen_edits.py composes its stories from nine sentence frames a language, so its unrelated stories
share far more word pairs than news does, and its roundups quote text as alike as the rest. Here
the stories are real bodies ({"id", "text"} lines, paragraphs split by blank lines; 200 words or
more make a story, shorter ones are singles) and the text an outlet writes itself (medium's own
paragraph, a roundup's opening line) is drawn from --own, real news sentences ({"text"} lines),
each used once. Per story, as gen_edits.py does:

  light   hard wrapping, quote style, site boilerplate lines
  medium  cut to 60-85%, one paragraph dropped and one of the outlet's own inserted (+ light)
  hard    30-50% kept, the lead rewritten (its words replaced at --lead-rate, in place), 3-6
          typos, 1-2 passages of 50-90 words from other bodies inserted, leftover boilerplate

and every third story a roundup quoting the first one or two paragraphs of it and of another
story (at most a quarter of each). The edits are gen_edits.py's own functions. Nothing is written
into the project: the bodies and sentences are read where they are. Labels as gen_edits.py's
(lang "en").
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_edits  # noqa: E402


class RealLang(gen_edits.Lang):
    """English site lines and word counts from gen_edits.py; the outlet's own paragraphs from real sentences."""

    def __init__(self, sentences):
        super().__init__("en")
        self.sentences = sentences

    def paragraph(self, rng, focus, n=None):
        n = n or rng.randint(1, 2)
        out = []
        for _ in range(n):
            if not self.sentences:
                raise SystemExit("edits_real.py: --own ran out of sentences; give more or fewer bodies")
            out.append(self.sentences.pop())
        return " ".join(out)


def passage(rng, paras, lo, hi):
    """lo..hi words of consecutive paragraphs after the lead, from a random one."""
    start = rng.randrange(1, len(paras)) if len(paras) > 1 else 0
    words = " ".join(paras[start:]).split()
    if len(words) < lo:
        words = " ".join(paras).split()
    return " ".join(words[: rng.randint(lo, hi)])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bodies")
    ap.add_argument("--own", required=True, help="JSONL of real sentences ({\"text\"}) for the outlets' own text")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--lead-rate", type=float, default=0.6, help="share of the lead's words a hard copy replaces")
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    bodies = [json.loads(line) for line in open(a.bodies, encoding="utf-8") if line.strip()]
    stories = [[p.strip() for p in d["text"].split("\n\n") if p.strip()] for d in bodies if len(d["text"].split()) >= 200]
    singles = [d["text"] for d in bodies if len(d["text"].split()) < 200]
    sentences = [json.loads(line)["text"].strip() for line in open(a.own, encoding="utf-8") if line.strip()]
    rng.shuffle(sentences)
    lang = RealLang(sentences)
    pool = [w for paras in stories for p in paras for w in p.split()]
    with open(a.out, "w", encoding="utf-8") as out, open(a.labels, "w", encoding="utf-8") as lab:
        def emit(aid, text, cluster, strength):
            out.write(json.dumps({"id": aid, "text": text}, ensure_ascii=False) + "\n")
            lab.write(json.dumps({"id": aid, "cluster": cluster, "strength": strength, "lang": "en"}) + "\n")

        roundup_pairs = set()
        for s, paras in enumerate(stories):
            sid = "b%03d" % s
            emit(sid, "\n\n".join(paras), sid, "source")
            others = [o for o in range(len(stories)) if o != s]
            foreign = [passage(rng, stories[o], 50, 90) for o in rng.sample(others, rng.randint(1, 2))]
            # hard() writes its rewritten lead with lang.paragraph: here the source's lead reworded.
            lead = " ".join(rng.choice(pool) if rng.random() < a.lead_rate else w for w in paras[0].split())
            copies = {
                "light": gen_edits.light(rng, lang, paras),
                "medium": gen_edits.medium(rng, lang, paras, None),
            }
            own = lang.paragraph
            lang.paragraph = lambda rng_, focus, n=None: lead
            copies["hard"] = gen_edits.hard(rng, lang, paras, None, foreign)
            lang.paragraph = own
            for strength, text in copies.items():
                emit("%s-%s" % (sid, strength), text, sid, strength)
            if s % 3 == 0:
                o = rng.choice([x for x in others if frozenset((s, x)) not in roundup_pairs])
                roundup_pairs.add(frozenset((s, o)))
                body = [lang.paragraph(rng, None, 1)]
                k = rng.randint(1, 2)
                for story in (paras, stories[o]):
                    q = k
                    while q > 1 and sum(map(lang.words, story[:q])) > 0.25 * sum(map(lang.words, story)):
                        q -= 1
                    body += story[:q]
                emit("b%03d-r" % s, "\n\n".join(body), None, "roundup")
        for u, text in enumerate(singles):
            emit("u%03d" % u, text, None, "single")
    print("%d stories, %d singles" % (len(stories), len(singles)))


if __name__ == "__main__":
    main()
