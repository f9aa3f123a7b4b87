"""Probe, not product: would a generic sentence test recover the commitments the extractor misses?

For a labelled set (gold.yaml and corpus/ in the development corpus's format), sentence by sentence:
which sentences carry a gold commitment, which of those `tracker extract` finds, and whether a generic
test (a future or decided modality, an event word, no reaffirm/welcome/condemn/urge, and a time phrase
of future reference) fires on the missed ones and on the sentences that carry no commitment.

    .venv/bin/python benchmarks/extraction_probe.py ../shared/devcorpus [TRACKER]
"""
import datetime as dt
import json
import re
import subprocess
import sys

import yaml

from tracker.linking.text import sentences
from tracker.temporal import find_all

if len(sys.argv) < 2 or sys.argv[1] in ('-h', '--help'):
    print(__doc__)
    sys.exit(0)
root = sys.argv[1]
TRACKER = sys.argv[2] if len(sys.argv) > 2 else 'tracker'
with open(f'{root}/gold.yaml') as fh:
    g = yaml.safe_load(fh)
def D(x): return x if isinstance(x, dt.date) else dt.date.fromisoformat(str(x))
def body(d):
    with open(f"{root}/{d['file']}") as fh:
        t = fh.read()
    return t.split('\n\n', 1)[1]
items = json.loads(subprocess.run([TRACKER, 'extract', f'{root}/corpus'], capture_output=True, text=True, check=True).stdout)
pred = {}
for it in items:
    if it.get('kind') == 'commitment':
        pred.setdefault(it['source'], []).append(it['quote'])
        for m in it.get('mentions', []): pred[it['source']].append(m['quote'])
FUT = re.compile(r"\b(will|shall|'ll|is to|are to|(?:is|are|was|were) (?:set|scheduled|due|slated|expected|planned) to|plans? to|planning to|agreed to|decided to|committed to|pledged to|to be (?:held|signed|hosted|convened|launched)|look(?:s|ed)? forward to)\b", re.IGNORECASE)
EV = re.compile(r"\b(meet|meeting|visit|summit|talks|round|session|hold|sign|signing|launch|convene|host|conference|dialogue|negotiations?|agreement|treaty|consultations?|inaugurat\w+|open|establish|exercise|travel)\b", re.IGNORECASE)
NEGS = re.compile(r"\b(reaffirm\w*|welcome\w*|condemn\w*|urg\w+|call(?:ed)? on)\b", re.IGNORECASE)
def G(text, anchor):
    if not FUT.search(text) or not EV.search(text) or NEGS.search(text): return False
    for te in find_all(text, anchor, 'future'):
        if te.reference == 'future' and (te.due_start or te.due_end): return True
    return False
def ov(a, b):
    a = set(re.findall(r"\w+", a.lower())); b = set(re.findall(r"\w+", b.lower()))
    return len(a & b) / max(1, min(len(a), len(b)))
pos = tp = miss = gm = neg = gf = 0
for d in g['documents']:
    name = d['file'].split('/')[-1]
    gq = [c['quote'] for c in d['commitments']]
    aq = [a['quote'] for a in d.get('ambiguous', [])]
    pq = pred.get(name, [])
    for s in sentences(body(d), D(d['date'])):
        t = s.text
        isp = any(ov(t, q) >= 0.6 for q in gq)
        isa = any(ov(t, q) >= 0.6 for q in aq)
        ext = any(ov(t, q) >= 0.6 for q in pq)
        if isp:
            pos += 1
            if ext: tp += 1
            else:
                miss += 1; gm += G(t, s.anchor)
        elif not isa and not ext:
            neg += 1; gf += G(t, s.anchor)
print(f"{root.split('/')[-1]}: positive sentences {pos}, tracker {tp}, missed {miss}, generic catches {gm} of missed; other sentences {neg}, generic fires on {gf}")
