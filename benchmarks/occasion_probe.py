"""Probe, not product: how far a generic occasion matcher gets on labelled sets.

Given the gold commitments of a set (a folder holding gold.yaml and corpus/, in the development
corpus's format: ../shared/devcorpus or a blind set kept outside the repository), it links each
commitment to the earliest later document that (1) shares the commitment's countries (two, or all
it names), (2) has a sentence that is not future, hedged or negated and that names an occasion of
the promise's class (meet / visit / sign / launch), (3) dated (by the sentence's own date, else the
document's) from a week before the window to 120 days after it, and (4) shares proper names and
numbers with the promise, summed by inverse document frequency, at or above a threshold.
No series names, registry or event frames: it measures what names, places, dates and parties
alone give on dialogues the rule-based linker was never written for (docs/accuracy.md, twelfth
blind check). Prints found / wrong / missed, precision, recall, F1 per threshold.

    .venv/bin/python benchmarks/occasion_probe.py ../shared/devcorpus 2 6
"""
import datetime as dt
import math
import re
import sys
from collections import Counter

import yaml

from tracker.domain.parties import find_parties
from tracker.linking.text import sentences
from tracker.temporal import find_all

if len(sys.argv) < 2 or sys.argv[1] in ('-h', '--help'):
    print(__doc__)
    sys.exit(0)
root = sys.argv[1]
with open(f'{root}/gold.yaml') as fh:
    g = yaml.safe_load(fh)
docs = {d['id']: d for d in g['documents']}
def D(x): return x if isinstance(x, dt.date) else dt.date.fromisoformat(str(x))
def body(d):
    with open(f"{root}/{d['file']}") as fh:
        t = fh.read()
    return t.split('\n\n', 1)[1] if '\n\n' in t else t
FUT = re.compile(r"\b(will|shall|would|'ll|to be (held|signed|hosted)|plans? to|planning to|expected to|scheduled|slated|set to|is to|are to|next|upcoming|forthcoming|proposed|invit\w+|looks? forward|hope[sd]?|aim)\b", re.IGNORECASE)
NEG = re.compile(r"\b(not|no|never|cancel\w*|postpone\w*|call(ed)? off|delay\w*)\b", re.IGNORECASE)
OCC = {
 'meet': re.compile(r"\b(met|meeting|talks|summit|round|session|consultations?|negotiations?|dialogue|conference|convened|held|hosted|co-?chaired|took place|began|opened|concluded|wrapped up)\b", re.IGNORECASE),
 'visit': re.compile(r"\b(visit(ed)?|arrived|landed|trip|tour|welcomed|received)\b", re.IGNORECASE),
 'sign': re.compile(r"\b(signed|signing|inked|concluded|finali[sz]ed)\b", re.IGNORECASE),
 'launch': re.compile(r"\b(launched|launch|inaugurated|opened|established|set up|started|began|entered into force|took effect|came into (force|effect))\b", re.IGNORECASE),
}
def aclass(c):
    t = (c.get('action','') + ' ' + c.get('subject','')).lower()
    if re.search(r'visit|travel', t): return 'visit'
    if re.search(r'sign|conclude|finali', t): return 'sign'
    if re.search(r'launch|establish|set up|open|inaugurat|start|begin|implement|effect|ceasefire', t): return 'launch'
    return 'meet'
STOP = {"the", "a", "an", "of", "and", "in", "on", "for", "to", "with", "by", "at", "from", "as", "is", "are", "was", "were", "be", "been", "this", "that", "their", "its", "his", "her", "they", "it", "both", "two", "sides", "said", "also", "would", "will", "shall", "minister", "ministers", "president", "prime", "foreign", "statement", "joint", "meeting", "meet", "held", "talks"}
TOK = re.compile(r"[A-Z][\w\-']+|\d+(?:st|nd|rd|th)?")
def proper(text):
    return {w.lower() for w in TOK.findall(text) if w.lower() not in STOP}
def countries(text):
    return {m.party.code for m in find_parties(text)}
allsent = {}
for i, d in docs.items():
    allsent[i] = sentences(body(d), D(d['date']))
df = Counter(); N = 0
for ss in allsent.values():
    for s in ss: N += 1; df.update(proper(s.text))
idf = lambda w: math.log((N + 1) / (df[w] + 1))
comms = [(c, d) for d in docs.values() for c in d['commitments']]
gold = {}
for o in g['outcomes']:
    for e in o.get('evidence', []):
        if e['relation'] in ('fulfils', 'fulfils_instance'): gold.setdefault(o['commitment'], set()).add(e['doc'])

def run(th, slack_late=120, verbose=False):
    tp = fp = fn = 0
    for c, d in comms:
        if c.get('recurrence'): continue
        made = D(d['date'])
        ctext = c['quote'] + ' ' + c.get('subject', '') + ' ' + str(c.get('actors', ''))
        cparties = countries(ctext)
        cprop = proper(c['quote'] + ' ' + c.get('subject', '')) - {p.lower() for p in []}
        w = c.get('due_window')
        ws, we = (D(w[0]), D(w[1])) if w else (made, made + dt.timedelta(days=365))
        cls = aclass(c)
        got = set()
        for y in sorted(docs.values(), key=lambda x: (D(x['date']), x['id'])):
            if y['id'] == d['id'] or D(y['date']) < made: continue
            if D(y['date']) > we + dt.timedelta(days=slack_late + 365): break
            ytext = body(y)
            yparties = countries(ytext)
            if cparties and len(cparties & yparties) < min(2, len(cparties)): continue
            best = 0
            for s in allsent[y['id']]:
                t = s.text
                if FUT.search(t) or NEG.search(t) or not OCC[cls].search(t): continue
                when = None
                for te in find_all(t, s.anchor, 'past'):
                    if te.due_start and te.due_end and (te.due_end - te.due_start).days <= 31:
                        when = te.due_start; break
                if when is None: when = D(y['date'])
                if when < ws - dt.timedelta(days=7) or when > we + dt.timedelta(days=slack_late): continue
                if when < made: continue
                sp = proper(t)
                sc = sum(idf(x) for x in cprop & sp)
                best = max(best, sc)
            if best >= th:
                got.add(y['id']); break
        want = gold.get(c['id'], set())
        tp += len(got & want); fp += len(got - want); fn += len(want - got)
        if verbose and (got - want or want - got): print('  ', c['id'], 'want', sorted(want), 'got', sorted(got))
    p = tp / (tp + fp) if tp + fp else 0; r = tp / (tp + fn) if tp + fn else 0
    return tp, fp, fn, round(p, 2), round(r, 2), round(2 * p * r / (p + r), 2) if p + r else 0
for th in [float(x) for x in sys.argv[2:]] or [2, 4, 6, 8]:
    print(root.split('/')[-1], th, run(th))
