# Prints the form of a wizard step page (stdin) as an urlencoded body for bench/save/round-trip.lua: every input,
# checked box, selected option and text area of the step's form, with @@VERSION@@ and @@CSRF@@ for the version and
# token of the moment and @@FLIP@@ after the algorithm's name, where the script adds or leaves out a "·".
import sys, html.parser, urllib.parse
class P(html.parser.HTMLParser):
    def __init__(s):
        super().__init__(); s.pairs=[]; s.sel=None; s.ta=None; s.inform=False; s.selval=None
    def handle_starttag(s,t,a):
        a=dict(a)
        if t=='form' and 'steps' in (a.get('action') or ''): s.inform=True
        if not s.inform: return
        if t=='input':
            ty=(a.get('type') or 'text')
            n=a.get('name')
            if not n or ty in ('submit','button','file'): return
            if ty in ('checkbox','radio') and 'checked' not in a: return
            s.pairs.append([n,a.get('value') or ''])
        elif t=='select': s.sel=a.get('name'); s.selval=None; s.first=None
        elif t=='option' and s.sel:
            if s.first is None: s.first=a.get('value') or ''
            if 'selected' in a: s.selval=a.get('value') or ''
        elif t=='textarea': s.ta=a.get('name'); s.tav=''
    def handle_endtag(s,t):
        if t=='select' and s.sel:
            s.pairs.append([s.sel, s.selval if s.selval is not None else '']); s.sel=None
        if t=='textarea' and s.ta is not None: s.pairs.append([s.ta,s.tav]); s.ta=None
        if t=='form': s.inform=False
    def handle_data(s,d):
        if s.ta is not None: s.tav+=d
p=P(); p.feed(sys.stdin.read())
out=[]
for n,v in p.pairs:
    if n=='_version': v='@@VERSION@@'
    elif n=='_csrf': v='@@CSRF@@'
    elif n=='_action': continue
    elif n=='algorithm.basics.name': v=v+'@@FLIP@@'
    out.append(urllib.parse.quote_plus(n)+'='+(v if v.startswith('@@') else urllib.parse.quote_plus(v).replace('%40%40FLIP%40%40','@@FLIP@@')))
out.append('_action=save')
print('&'.join(out))
