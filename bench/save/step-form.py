# Prints the form of a wizard step page (stdin) as an urlencoded body for bench/save/round-trip.lua: every input,
# checked box, selected option and text area of the step's form, with @@VERSION@@ and @@CSRF@@ for the version and
# token of the moment and @@FLIP@@ after the algorithm's name, where the script adds or leaves out a "·".
import sys
from html.parser import HTMLParser
from urllib.parse import quote_plus


class StepForm(HTMLParser):
    """The (name, value) pairs a browser would send for the step's form, in page order."""

    def __init__(self):
        super().__init__()
        self.fields = []
        self.in_form = False
        self.select = None      # name of the open <select>
        self.selected = None    # its selected option's value
        self.textarea = None    # name of the open <textarea>
        self.text = ''

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        if tag == 'form' and 'steps' in (attributes.get('action') or ''):
            self.in_form = True
        if not self.in_form:
            return
        if tag == 'input':
            kind = attributes.get('type') or 'text'
            name = attributes.get('name')
            unchecked = kind in ('checkbox', 'radio') and 'checked' not in attributes
            if name and kind not in ('submit', 'button', 'file') and not unchecked:
                self.fields.append((name, attributes.get('value') or ''))
        elif tag == 'select':
            self.select, self.selected = attributes.get('name'), ''
        elif tag == 'option' and self.select and 'selected' in attributes:
            self.selected = attributes.get('value') or ''
        elif tag == 'textarea':
            self.textarea, self.text = attributes.get('name'), ''

    def handle_endtag(self, tag):
        if tag == 'select' and self.select:
            self.fields.append((self.select, self.selected))
            self.select = None
        elif tag == 'textarea' and self.textarea is not None:
            self.fields.append((self.textarea, self.text))
            self.textarea = None
        elif tag == 'form':
            self.in_form = False

    def handle_data(self, data):
        if self.textarea is not None:
            self.text += data


form = StepForm()
form.feed(sys.stdin.read())
PLACEHOLDERS = {'_version': '@@VERSION@@', '_csrf': '@@CSRF@@'}
body = []
for name, value in form.fields:
    if name == '_action':
        continue
    encoded = PLACEHOLDERS.get(name) or quote_plus(value)
    if name == 'algorithm.basics.name':
        encoded += '@@FLIP@@'
    body.append(quote_plus(name) + '=' + encoded)
body.append('_action=save')
print('&'.join(body))
