// Progressive enhancement only: every page works without this script.
(function () {
  'use strict';
  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');

  // The filings list remembers its search, filters, sort and page (in this tab) for the way back from a filing:
  // the breadcrumb of a filing's pages leads to the list as it was left.
  try {
    var list = document.querySelector('[data-filings-list]');
    if (list) { sessionStorage.setItem('filingsList', location.search); }
    var remembered = sessionStorage.getItem('filingsList');
    if (remembered) {
      document.querySelectorAll('a[data-back-to-list]').forEach(function (link) {
        link.setAttribute('href', link.getAttribute('href').split('?')[0].split('#')[0] + remembered);
      });
    }
  } catch (storageUnavailable) { /* private mode: the breadcrumb leads to the list's first page */ }

  // A deep link's part after '#' (a field, a comment) never reaches the server: the sign-in form carries it along
  // with the page to continue to, so a link from an e-mail lands on its field, also after a mistyped password.
  var continueTo = document.querySelector('input[type="hidden"][name="continue"]');
  if (continueTo && location.hash.length > 1 && continueTo.value.indexOf('#') < 0) {
    continueTo.value += location.hash;
    // The language links of the login page keep the page to continue to, and so its '#' part.
    document.querySelectorAll('a[href*="continue="]').forEach(function (link) {
      var target = new URL(link.getAttribute('href'), location.href);
      var page = target.searchParams.get('continue');
      if (page && page.indexOf('#') < 0) {
        target.searchParams.set('continue', page + location.hash);
        link.setAttribute('href', target.pathname + target.search);
      }
    });
  }
  // After a mistyped password the user name is still there (the failed sign-in comes back as a new page).
  var signInButton = document.getElementById('login-submit');
  if (signInButton && signInButton.form) {
    var userName = signInButton.form.querySelector('#username');
    try {
      var tried = sessionStorage.getItem('signInName');
      var failed = /[?&]error(&|=|$)/.test(location.search);
      if (!failed) { sessionStorage.removeItem('signInName'); }
      if (userName && tried && !userName.value && failed) {
        userName.value = tried;
        var password = signInButton.form.querySelector('#password');
        if (password) { password.focus(); }
      }
      signInButton.form.addEventListener('submit', function () {
        if (userName) { sessionStorage.setItem('signInName', userName.value); }
      });
    } catch (storageUnavailable) { /* private mode: the name is typed again */ }
  }

  // On a phone the steps scroll sideways: the current one in view.
  var currentStep = document.querySelector('.steps a.current');
  if (currentStep && currentStep.parentElement.scrollWidth > currentStep.parentElement.clientWidth) {
    currentStep.parentElement.scrollLeft = currentStep.offsetLeft - currentStep.parentElement.offsetLeft - 16;
  }

  // Warn before leaving a form with unsaved changes.
  // The form's data-unsaved attribute says it holds what was typed and not saved.
  document.querySelectorAll('form[data-warn-unsaved]').forEach(function (form) {
    // A form shown again after a refused save holds what was typed and not saved: dirty from the start.
    if (form.hasAttribute('data-dirty')) { form.setAttribute('data-unsaved', ''); }
    form.addEventListener('input', function () { form.setAttribute('data-unsaved', ''); });
    form.addEventListener('change', function () { form.setAttribute('data-unsaved', ''); });
    form.addEventListener('submit', function () { form.removeAttribute('data-unsaved'); });
    window.addEventListener('beforeunload', function (event) {
      if (form.hasAttribute('data-unsaved')) { event.preventDefault(); event.returnValue = ''; }
    });
  });

  // Live 字 count on the 200-字 fields, counted by the server with the rules' own counter.
  document.querySelectorAll('textarea[data-zi-counter]').forEach(function (area) {
    var output = document.querySelector('[data-zi-for="' + area.id + '"]');
    if (!output) { return; }
    var timer = null;
    function update() {
      var body = new URLSearchParams();
      body.set('text', area.value);
      var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
      if (csrfToken && csrfHeader) { headers[csrfHeader.content] = csrfToken.content; }
      fetch(area.getAttribute('data-zi-url'), { method: 'POST', headers: headers, body: body, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (count) {
          if (!count) { return; }
          output.textContent = count.zi + ' / ' + count.limit + ' ' + (output.getAttribute('data-unit') || '字');
          output.classList.toggle('over', count.zi > count.limit);
          output.classList.toggle('warn', count.zi <= count.limit && count.raw > count.limit);
        });
    }
    area.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(update, 250); });
    // The page arrives with the count of what is stored; ask only for what the user changes.
    if (!output.hasAttribute('data-zi-counted')) { update(); }
  });

  // A fact typed once, offered where it recurs: one click fills the empty field, which stays editable.
  document.querySelectorAll('button[data-fill]').forEach(function (button) {
    button.addEventListener('click', function () {
      var target = document.getElementById(button.getAttribute('data-fill'));
      if (!target) { return; }
      target.value = button.getAttribute('data-value');
      target.dispatchEvent(new Event('input', { bubbles: true }));
      button.hidden = true;
      target.focus();
    });
  });

  // A link to a field from a list of what is missing: the page scrolls there and the cursor goes into the field.
  document.querySelectorAll('a[data-focus]').forEach(function (link) {
    link.addEventListener('click', function () {
      var target = document.getElementById(link.getAttribute('href').substring(1));
      var field = target && (target.matches('input, textarea, select') ? target
          : target.querySelector('input:not([type=hidden]), textarea, select'));
      if (field) { setTimeout(function () { field.focus({ preventScroll: true }); }, 0); }
    });
  });

  // Copy buttons: the text stays selectable without JS; with JS the button appears and copies it.
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (!source || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = button.getAttribute('data-copied') || button.textContent;
      });
    });
  });

  // The inputs changed on this page, sent with the form: if another user saved the step meanwhile, the page that
  // says so keeps their values in every field this user did not change.
  // Whether a control holds something else than the page brought (hidden values never count).
  var changedOnPage = function (element) {
    if (element.type === 'checkbox' || element.type === 'radio') { return element.checked !== element.defaultChecked; }
    if (element.tagName === 'SELECT') {
      var options = Array.prototype.slice.call(element.options);
      var anyDefault = options.some(function (option) { return option.defaultSelected; });
      return options.some(function (option, index) {
        return option.selected !== (anyDefault ? option.defaultSelected : index === 0 && !element.multiple);
      });
    }
    return 'defaultValue' in element && element.type !== 'hidden' && element.value !== element.defaultValue;
  };
  document.querySelectorAll('form[data-track-changes]').forEach(function (form) {
    form.addEventListener('submit', function () {
      var names = {};
      Array.prototype.forEach.call(form.elements, function (element) {
        if (element.name && element.name.charAt(0) !== '_' && changedOnPage(element)) { names[element.name] = true; }
      });
      var touched = form.querySelector('input[name="_touched"]');
      if (!touched) {
        touched = document.createElement('input');
        touched.type = 'hidden';
        touched.name = '_touched';
        form.appendChild(touched);
      }
      touched.value = Object.keys(names).join('\n');
    });
  });

  // Typing the browser put back (Back after leaving the page with it, the leave dialog accepted) is typing not saved:
  // the form says so, and warns again before it is left (found in a walk: a second leave lost it without a word).
  // The browser puts it back after this script ran, by the time the page is shown.
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-warn-unsaved]').forEach(function (form) {
      if (Array.prototype.some.call(form.elements, function (element) {
        return element.name && element.name.charAt(0) !== '_' && changedOnPage(element);
      })) { form.setAttribute('data-unsaved', ''); }
    });
  });

  // A date the browser cannot read (2026-02-30 typed into a date field) would be sent as empty, which clears the
  // saved date: the form is not sent, and the field says why in the page's language. Nothing typed is lost.
  var badDate = document.querySelector('meta[name="bad-date"]');
  document.addEventListener('submit', function (event) {
    var bad = Array.prototype.filter.call(event.target.querySelectorAll('input[type="date"]'), function (input) {
      return input.validity && input.validity.badInput;
    });
    if (!bad.length) { return; }
    event.preventDefault();
    event.stopImmediatePropagation();
    bad.forEach(function (input) {
      var field = input.closest('.field') || input.parentNode;
      field.classList.add('has-error');
      input.setAttribute('aria-invalid', 'true');
      var message = field.querySelector('.field-error.bad-date');
      if (!message) {
        message = document.createElement('p');
        message.className = 'field-error bad-date';
        message.setAttribute('role', 'alert');
        input.insertAdjacentElement('afterend', message);
        input.addEventListener('input', function clear() {
          if (input.validity.badInput) { return; }
          message.remove();
          input.removeAttribute('aria-invalid');
          if (!field.querySelector('.field-error')) { field.classList.remove('has-error'); }
          input.removeEventListener('input', clear);
        });
      }
      message.textContent = badDate ? badDate.content : '';
    });
    bad[0].focus();
  }, true);

  // The triage shows a question as soon as the answers that ask it are chosen (each "yes" took a save before); a
  // question no longer asked hides and is not sent, as the server would drop its answer. Questions are in order, so
  // one pass settles them: a condition on a hidden question does not hold.
  var triage = document.getElementById('triage-form');
  if (triage) {
    var questions = Array.prototype.slice.call(triage.querySelectorAll('fieldset.question'));
    var answerOf = function (id) {
      var fieldset = document.getElementById('q-' + id);
      if (!fieldset || fieldset.hidden) { return null; }
      var checked = fieldset.querySelector('input[type=radio]:checked');
      return checked ? checked.value : null;
    };
    var reveal = function () {
      questions.forEach(function (fieldset) {
        var spec = fieldset.getAttribute('data-asked-when');
        var asked = !spec || spec.split(';').every(function (condition) {
          var parts = condition.split('=');
          return answerOf(parts[0]) === parts[1];
        });
        fieldset.hidden = !asked;
        fieldset.disabled = !asked;
      });
      var open = 0;
      questions.filter(function (fieldset) { return !fieldset.hidden; }).forEach(function (fieldset, index) {
        fieldset.querySelector('.num').textContent = (index + 1) + '. ';
        var answered = !!fieldset.querySelector('input[type=radio]:checked');
        var badge = fieldset.querySelector('.unanswered');
        if (badge) { badge.hidden = answered; }
        if (!answered) { open++; }
      });
      // The count of questions left, as the page said it after the last save, follows the choices.
      var notice = document.getElementById('open-questions');
      if (notice && notice.getAttribute('data-pattern')) {
        notice.textContent = notice.getAttribute('data-pattern').replace('%N%', open);
        notice.hidden = open === 0;
      }
    };
    triage.addEventListener('change', reveal);
    reveal();
  }

  // A part of a form that matters for one choice only (the administrator's confirmation) shows with that choice.
  document.querySelectorAll('[data-show-for]').forEach(function (part) {
    var select = document.getElementById(part.getAttribute('data-show-for'));
    if (!select) { return; }
    function update() { part.hidden = select.value !== part.getAttribute('data-show-value'); }
    select.addEventListener('change', update);
    update();
  });

  // A field of a row asked for some answers of the row only (a report clause's evidence for 符合, its reason for
  // 不符合 and 不适用) shows as the answer is chosen and folds away when another is, unless it holds something: typing,
  // an error or a note is never hidden. The server folds them on the page it sends; the answer's input is named by
  // data-shown-with, the answers that ask for the field by data-shown-for.
  var holdsSomething = function (part) {
    if (part.classList.contains('has-error') || part.classList.contains('has-note')) { return true; }
    return Array.prototype.some.call(part.querySelectorAll('textarea, select, input:not([type=hidden])'),
      function (control) {
        return control.type === 'checkbox' || control.type === 'radio' ? control.checked : control.value.trim() !== '';
      });
  };
  // The answer's value: a choice's, or the checked one of a yes/no's radios (its fieldset carries the id). Named apart
  // from the triage's answerOf: one function scope, and a second var of the name replaced the first.
  var valueOfAnswer = function (answer) {
    if (answer.matches('select, input, textarea')) { return answer.value; }
    var checked = answer.querySelector('input:checked');
    return checked ? checked.value : '';
  };
  var showForAnswers = function () {
    document.querySelectorAll('[data-shown-with]').forEach(function (part) {
      var answer = document.getElementById(part.getAttribute('data-shown-with'));
      if (!answer) { return; }
      var asked = part.getAttribute('data-shown-for').split(' ').indexOf(valueOfAnswer(answer)) >= 0;
      part.hidden = !asked && !holdsSomething(part);
      var notAsked = part.querySelector('[data-not-asked]');
      if (notAsked) { notAsked.hidden = asked; }
    });
  };
  document.addEventListener('change', function (event) {
    var holder = event.target.type === 'radio' ? event.target.closest('fieldset[id]') : event.target;
    if (holder && holder.id && document.querySelector('[data-shown-with="' + holder.id + '"]')) { showForAnswers(); }
  });
  // Also for answers and typing the browser put back (found in a walk: after Back, the typed reasons stayed folded).
  showForAnswers();
  window.addEventListener('pageshow', showForAnswers);

  // A field required by another answer (data-required-when: that answer's field path, and how it compares, as the
  // form's catalogue says) shows its required mark as the answer is typed or chosen, not only after a save (found in
  // a walk: 营业期限至 stayed marked required after 长期 was answered yes). Values compare as the server compares them:
  // as text, "true" for yes; a list by its checked codes.
  var answersAt = function (path) {
    var controls = document.querySelectorAll('[name="' + path.replace(/"/g, '\\"') + '"]');
    var values = [];
    var found = false;
    controls.forEach(function (control) {
      if (control.type === 'hidden') { return; }
      found = true;
      if (control.type === 'checkbox' || control.type === 'radio') {
        if (control.checked) { values.push(control.value); }
      } else if (control.value.trim() !== '') { values.push(control.value.trim()); }
    });
    return found ? values : null;
  };
  var markRequiredWhen = function () {
    document.querySelectorAll('[data-required-when]').forEach(function (mark) {
      var values = answersAt(mark.getAttribute('data-required-when'));
      if (values === null) { return; } // the answer is on another step: the mark stays as the server sent it
      var value = values.length === 1 ? values[0] : '';
      var required;
      if (mark.hasAttribute('data-required-equals')) {
        required = value === mark.getAttribute('data-required-equals');
      } else if (mark.hasAttribute('data-required-not-equals')) {
        required = value !== mark.getAttribute('data-required-not-equals');
      } else if (mark.hasAttribute('data-required-not-empty')) {
        required = values.length > 0;
      } else if (mark.hasAttribute('data-required-contains')) {
        required = values.indexOf(mark.getAttribute('data-required-contains')) >= 0;
      } else if (mark.hasAttribute('data-required-equals-or-unanswered')) {
        required = values.length === 0 || value === mark.getAttribute('data-required-equals-or-unanswered');
      } else { return; }
      mark.hidden = !required;
    });
  };
  if (document.querySelector('[data-required-when]')) {
    document.addEventListener('change', markRequiredWhen);
    document.addEventListener('input', markRequiredWhen);
    window.addEventListener('pageshow', markRequiredWhen);
    markRequiredWhen();
  }

  // A long list of companies (or consultants) gets a search box that narrows its options; without the script the
  // whole list is there as before. One match left is chosen; a choice the search hides goes back to "none".
  document.querySelectorAll('select[data-searchable]').forEach(function (select) {
    if (select.options.length < 15) { return; }
    var search = document.createElement('input');
    search.type = 'search';
    search.className = 'select-search';
    search.placeholder = select.getAttribute('data-searchable');
    search.setAttribute('aria-label', select.getAttribute('data-searchable'));
    search.setAttribute('aria-controls', select.id);
    search.id = select.id + '-search';
    select.parentNode.insertBefore(search, select);
    var nothing = document.createElement('p');
    nothing.className = 'hint select-search-none';
    nothing.id = select.id + '-search-none';
    nothing.hidden = true;
    nothing.textContent = select.getAttribute('data-searchable-none') || '';
    select.parentNode.insertBefore(nothing, select.nextSibling);
    // A list that shows only the first companies of many (data-search-url) asks the portal for the ones that match;
    // the answer replaces the list, the "none" choice kept.
    var url = select.getAttribute('data-search-url');
    var pending = null;
    var asked = 0;
    function ask() {
      var query = search.value.trim();
      var mine = ++asked;
      fetch(url + '?q=' + encodeURIComponent(query), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (choices) {
          if (!choices || mine !== asked) { return; }
          var chosen = select.value;
          Array.prototype.slice.call(select.options).forEach(function (option) {
            if (option.value !== '') { option.remove(); }
          });
          choices.forEach(function (choice) {
            var option = document.createElement('option');
            option.value = choice.id;
            option.textContent = choice.name;
            option.setAttribute('data-search', choice.words);
            option.selected = choice.id === chosen;
            select.appendChild(option);
          });
          narrow();
        })
        .catch(function () { /* the list stays as it was */ });
    }
    search.addEventListener('input', function () {
      if (url) {
        clearTimeout(pending);
        pending = setTimeout(ask, 250);
        return;
      }
      narrow();
    });
    // The hint "the list shows 50 of N" is about the list before a search.
    var partial = select.parentNode.querySelector('.company-choices');
    function narrow() {
      var query = search.value.trim().toLowerCase();
      if (partial) { partial.hidden = query !== ''; }
      var matches = [];
      var none = null;
      Array.prototype.forEach.call(select.options, function (option) {
        if (option.value === '') { none = option; option.hidden = false; return; }
        // The name shown, and what else names it (the other language's name, the credit code).
        var words = (option.text + ' ' + (option.getAttribute('data-search') || '')).toLowerCase();
        var shown = !query || words.indexOf(query) >= 0;
        option.hidden = !shown;
        if (shown) { matches.push(option); }
      });
      nothing.hidden = !query || matches.length > 0;
      if (query && matches.length === 1) {
        matches[0].selected = true;
      } else if (select.selectedIndex >= 0 && select.options[select.selectedIndex].hidden && none) {
        none.selected = true;
      }
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });

  // A notice about the part of the page the answer opens at (a comment thread) is shown in that part, where the page
  // opens, not at the top out of sight (found in a walk); without the script it stays at the top.
  document.querySelectorAll('.flash[data-notice-at]').forEach(function (notice) {
    var at = document.getElementById(notice.getAttribute('data-notice-at'));
    if (at) { at.insertBefore(notice, at.firstChild); }
  });

  // An action a slip of the finger should not take (deactivate, revoke, reset a password, archive, delete a file) asks
  // first, naming what it acts on; without the script it acts at once, as before.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
    });
  });
  // The same for one button of a form with several (a row's "remove assignment" beside "remove the ticked").
  // One that acts on the ticked boxes of its form names what is ticked (their labels' words); with none ticked it does
  // not ask, and the portal says that nothing was ticked.
  document.querySelectorAll('form button[data-confirm]').forEach(function (button) {
    button.addEventListener('click', function (event) {
      var question = button.getAttribute('data-confirm');
      var ticked = button.getAttribute('data-confirm-ticked');
      if (ticked) {
        var names = Array.prototype.filter.call(button.form.elements, function (element) {
          return element.name === ticked && element.checked;
        }).map(function (element) { return words(element.closest('label')).trim(); });
        if (names.length === 0) { return; }
        // Company names hold commas ("Co., Ltd."): a list of them may be given its own separator.
        question = question.replace('%TICKED%', names.join(button.getAttribute('data-confirm-separator')
          || document.body.getAttribute('data-list-separator') || ', '));
      }
      if (!window.confirm(question)) { event.preventDefault(); }
    });
  });

  // Another form of a step page (an upload, a removal of a file) leaves the page: what was typed in the step's form
  // and not saved is saved first, as the step's own save, then the other form goes. Found in a walk: a Step 1 edit
  // was lost to the leave-page dialog by uploading the business licence. Registered after the confirmations, so a
  // cancelled one stops here too; should the save not go through (refused, or an edit conflict), the step's form
  // is sent instead and its page says why.
  try {
    var savedFirstOn = sessionStorage.getItem('savedFirst');
    var savedFirstForm = document.querySelector('form[data-saved-first]');
    if (savedFirstOn === location.pathname && savedFirstForm) {
      var notice = document.createElement('div');
      notice.className = 'flash success';
      notice.id = 'saved-first';
      notice.setAttribute('role', 'status');
      notice.textContent = savedFirstForm.getAttribute('data-saved-first');
      // Beside the upload's own notice in the row the page lands on (at 390 px the page's top is far above it).
      var landed = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      var rowStatus = landed ? landed.querySelector('[role="status"], [role="alert"]') : null;
      var main = document.querySelector('main');
      if (rowStatus) {
        notice.className = 'ok';
        rowStatus.insertAdjacentElement('afterend', notice);
      } else if (main) { main.insertBefore(notice, main.firstChild); }
    }
    sessionStorage.removeItem('savedFirst');
  } catch (storageUnavailable) { /* private mode: the upload's own notice only */ }
  document.querySelectorAll('form[data-warn-unsaved]').forEach(function (stepForm) {
    document.querySelectorAll('form[method="post"]:not([data-warn-unsaved])').forEach(function (other) {
      other.addEventListener('submit', function (event) {
        if (!stepForm.hasAttribute('data-unsaved') || event.defaultPrevented) { return; }
        event.preventDefault();
        var submitter = event.submitter;
        var body = new URLSearchParams(new FormData(stepForm));
        body.set('_action', 'save');
        fetch(stepForm.action, { method: 'POST', body: body, credentials: 'same-origin' })
          // Saved means redirected (post, redirect, get); a refused save answers with its page, a conflict 409.
          .then(function (response) {
            if (!(response.ok && response.redirected)) { return false; }
            return response.text().then(function (page) {
              // The save made a new version: a form that names the version it acts on (taking the company's or
              // the algorithm filing's values) takes it from the saved page (found in a walk: it sent the one before
              // the save and was refused as someone else's change).
              var version = other.querySelector('input[name="_version"]');
              if (version) {
                var saved = new DOMParser().parseFromString(page, 'text/html');
                var same = Array.prototype.find.call(saved.querySelectorAll('form'), function (form) {
                  return form.getAttribute('action') === other.getAttribute('action');
                });
                var fresh = same && same.querySelector('input[name="_version"]');
                if (fresh) { version.value = fresh.value; }
              }
              return true;
            }, function () { return true; });
          }, function () { return false; })
          .then(function (saved) {
            stepForm.removeAttribute('data-unsaved');
            if (!saved) { stepForm.submit(); return; }
            // The next page says so beside the other form's own notice (found in a re-check: only the upload's).
            try { sessionStorage.setItem('savedFirst', location.pathname); } catch (storageUnavailable) { /* none */ }
            // submit() sends no button: the one pressed goes along as a field.
            if (submitter && submitter.name) {
              var pressed = document.createElement('input');
              pressed.type = 'hidden';
              pressed.name = submitter.name;
              pressed.value = submitter.value;
              other.appendChild(pressed);
            }
            other.submit();
          });
      });
    });
  });
  // What was typed into a form and sent, kept in this tab until the portal has answered that form: a save the portal
  // never took (the session had ended, the page's security token was no longer valid, the connection dropped) is not
  // lost. The form's page, opened again by the same user, fills it back in and says so; saved, or discarded, it is
  // gone. Kept: the fields changed on the page and the version the typing began at, so that a colleague's save in
  // the meantime is found as a conflict, not overwritten. A form whose conflict page shows only the latest content
  // (data-draft-conflict) gets the changed fields back on top of it, at the latest version: theirs in every field
  // this user did not change. Never the security token, the button pressed or hidden values other than the version.
  var DRAFT_PREFIX = 'draft ';
  var DRAFT_TTL = 24 * 60 * 60 * 1000;
  var NOT_KEPT = { _csrf: true, _action: true, _touched: true };
  var isVersion = function (element) {
    return element.type === 'hidden' && /(^_?v|[a-z]V)ersion$/.test(element.name);
  };
  var keptControl = function (element) {
    return element.name && !NOT_KEPT[element.name] && !element.disabled && !element.readOnly
      && element.type !== 'file' && element.type !== 'password' && element.type !== 'submit'
      && element.type !== 'button' && element.type !== 'hidden';
  };
  var draftKey = function (form) { return DRAFT_PREFIX + form.getAttribute('action'); };
  // What a label says to the eye: its words, without the required mark and text for screen readers only.
  var words = function (node) {
    if (!node) { return ''; }
    var copy = node.cloneNode(true);
    copy.querySelectorAll('.required, .visually-hidden').forEach(function (mark) { mark.remove(); });
    return copy.textContent.replace(/\s+/g, ' ').trim();
  };
  var labelFor = function (element) {
    return element.id ? element.form.querySelector('label[for="' + CSS.escape(element.id) + '"]') : null;
  };
  // A choice's words: its own label's (a box or a radio button inside it, or pointed to by it).
  var optionText = function (element) { return words(element.closest('label') || labelFor(element)); };
  // A field's words, for a value listed instead of filled back: its label, or its question's.
  var labelOf = function (element) {
    var label = labelFor(element);
    var legend = element.closest('fieldset') && element.closest('fieldset').querySelector('legend');
    var text = words(label) || words(legend) || element.name;
    // A table row's field says which row it was typed in ("关联产品 2 · 产品名称").
    var row = element.closest('.row-card');
    var title = row && row.querySelector('.row-title');
    return title ? words(title) + ' · ' + text : text;
  };
  // The table rows a form has: its fields' names with a row number, and each row as it was loaded (its first
  // field's saved value: rows carry no identity of their own). Rows added, removed, moved or replaced since the
  // typing (a colleague's save) would put a row's values into another row, so those are listed, not filled back.
  var rowsOf = function (form) {
    var names = [];
    Array.prototype.forEach.call(form.elements, function (element) {
      if (element.name && element.name.indexOf('[') >= 0 && names.indexOf(element.name) < 0) { names.push(element.name); }
    });
    form.querySelectorAll('.row-card').forEach(function (row) {
      var first = row.querySelector('input:not([type="hidden"]), textarea, select');
      var saved = !first ? '' : first.tagName === 'SELECT'
        ? Array.prototype.filter.call(first.options, function (option) { return option.defaultSelected; })
          .map(function (option) { return option.value; }).join(',')
        : (first.type === 'checkbox' || first.type === 'radio') ? String(first.defaultChecked) : first.defaultValue;
      names.push(row.id + '=' + saved);
    });
    return names.join('\n');
  };
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || !form.matches || !form.matches('form[data-keep-draft]')) { return; }
    var changed = {};
    Array.prototype.forEach.call(form.elements, function (element) {
      if (keptControl(element) && changedOnPage(element)) { changed[element.name] = true; }
    });
    var values = {};
    var versions = {};
    var labels = {};
    // What a choice's value is called on the page, for a list of what could not be put back (its code never is).
    var shown = {};
    // Sent again from a page that refused it: the page shows the typing of the last send, so what is changed now is
    // on top of that typing, which is kept too (else a field typed before the first send would be forgotten).
    if (form.hasAttribute('data-draft-refused')) {
      var before = null;
      try { before = JSON.parse(sessionStorage.getItem(draftKey(form)) || 'null'); } catch (unreadable) { before = null; }
      if (before && before.values && before.user === form.getAttribute('data-keep-draft')) {
        Object.keys(before.values).forEach(function (name) {
          if (changed[name]) { return; }
          values[name] = before.values[name];
          labels[name] = before.labels && before.labels[name];
          shown[name] = before.shown && before.shown[name];
        });
      }
    }
    Array.prototype.forEach.call(form.elements, function (element) {
      if (isVersion(element)) { versions[element.name] = element.value; return; }
      if (!keptControl(element) || !changed[element.name]) { return; }
      if (!labels[element.name]) { labels[element.name] = labelOf(element); }
      var list = values[element.name] || (values[element.name] = []);
      var texts = shown[element.name] || (shown[element.name] = []);
      if (element.type === 'checkbox' || element.type === 'radio') {
        if (element.checked) { list.push(element.value); texts.push(optionText(element) || element.value); }
      } else if (element.tagName === 'SELECT') {
        Array.prototype.forEach.call(element.selectedOptions, function (option) {
          list.push(option.value);
          texts.push(words(option));
        });
      } else {
        list.push(element.value);
        texts.push(element.value);
      }
    });
    try {
      if (Object.keys(values).length === 0) { sessionStorage.removeItem(draftKey(form)); return; }
      sessionStorage.setItem(draftKey(form), JSON.stringify({ user: form.getAttribute('data-keep-draft'),
        at: Date.now(), page: location.pathname + location.search, values: values, versions: versions,
        labels: labels, shown: shown, rows: rowsOf(form) }));
    } catch (storageUnavailable) { /* private mode or full: the portal's own answer only */ }
  });
  // Fills the form from a draft; returns whether anything differed from the page (nothing: the save went through).
  var rowsMoved = function (form, draft) { return draft.rows !== undefined && draft.rows !== rowsOf(form); };
  var placeable = function (form, draft, name) {
    if (name.indexOf('[') >= 0 && rowsMoved(form, draft)) { return false; }
    return Array.prototype.some.call(form.elements, function (element) {
      return element.name === name && keptControl(element);
    });
  };
  // A listed field's values in the words of the page as it is now (its language may have been switched since the
  // typing): a choice by its option's words, found by its code; typed text as typed. A cleared value is not listed.
  var shownValues = function (form, draft, name, controls, movedRow) {
    var codes = draft.values[name] || [];
    var stored = draft.shown && draft.shown[name];
    var texts = [];
    codes.forEach(function (code, index) {
      if (code === '') { return; }
      var text = '';
      if (!movedRow) {
        controls.forEach(function (control) {
          if (text) { return; }
          if ((control.type === 'checkbox' || control.type === 'radio') && control.value === code) {
            text = optionText(control);
          } else if (control.tagName === 'SELECT') {
            Array.prototype.forEach.call(control.options, function (option) {
              if (!text && option.value === code) { text = words(option); }
            });
          }
        });
      }
      texts.push(text || (stored && stored.length === codes.length ? stored[index] : code));
    });
    return texts;
  };
  var restoreDraft = function (form, draft, apply) {
    var differs = false;
    var seen = {};
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!keptControl(element) || !Object.prototype.hasOwnProperty.call(draft.values, element.name)
          || !placeable(form, draft, element.name)) { return; }
      var list = draft.values[element.name];
      if (element.type === 'checkbox' || element.type === 'radio') {
        var checked = list.indexOf(element.value) >= 0;
        if (element.checked !== checked) { differs = true; if (apply) { element.checked = checked; } }
      } else if (element.tagName === 'SELECT') {
        Array.prototype.forEach.call(element.options, function (option) {
          var selected = list.indexOf(option.value) >= 0;
          if (option.selected !== selected && (selected || element.multiple)) {
            differs = true;
            if (apply) { option.selected = selected; }
          }
        });
      } else {
        var index = seen[element.name] || 0;
        seen[element.name] = index + 1;
        if (index < list.length && element.value !== list[index]) {
          differs = true;
          if (apply) { element.value = list[index]; }
        }
      }
    });
    return differs;
  };
  document.querySelectorAll('form[data-keep-draft]').forEach(function (form) {
    // Refused by the portal's checks, the page shows the typing with its errors: kept in the tab as it is, so that the
    // page opened again (or reloaded) still has it, until it is saved or discarded.
    if (form.hasAttribute('data-draft-refused')) { return; }
    var key = draftKey(form);
    var draft;
    try { draft = JSON.parse(sessionStorage.getItem(key) || 'null'); } catch (unreadable) { draft = null; }
    if (!draft) { return; }
    // Not to be changed now (sent for review meanwhile, say): nothing is filled back, all of it is listed to keep.
    var readOnly = form.hasAttribute('data-draft-readonly');
    var unplaced = draft.values ? Object.keys(draft.values).filter(function (name) {
      return readOnly || !placeable(form, draft, name);
    }) : [];
    if (form.hasAttribute('data-answered') || draft.user !== form.getAttribute('data-keep-draft')
        || !draft.values || Date.now() - draft.at > DRAFT_TTL
        || (!restoreDraft(form, draft, false) && unplaced.length === 0)) {
      sessionStorage.removeItem(key);
      return;
    }
    if (!readOnly) { restoreDraft(form, draft, true); showForAnswers(); }
    var conflict = form.hasAttribute('data-draft-conflict');
    if (!conflict && !readOnly) {
      Array.prototype.forEach.call(form.elements, function (element) {
        if (isVersion(element) && draft.versions && draft.versions[element.name] !== undefined) {
          element.value = draft.versions[element.name];
        }
      });
    }
    if (!readOnly) { form.setAttribute('data-unsaved', ''); }
    var notice = document.createElement('div');
    notice.className = 'notice draft-restored';
    notice.id = 'draft-restored';
    notice.setAttribute('role', 'alert');
    var text = document.createElement('span');
    text.textContent = form.getAttribute(readOnly ? 'data-draft-readonly'
      : conflict ? 'data-draft-conflict' : 'data-draft-restored');
    var discard = document.createElement('button');
    discard.type = 'button';
    discard.id = 'draft-discard';
    discard.className = 'link';
    discard.textContent = form.getAttribute('data-draft-discard');
    discard.addEventListener('click', function () {
      sessionStorage.removeItem(key);
      form.removeAttribute('data-unsaved');
      location.reload();
    });
    notice.appendChild(text);
    notice.appendChild(document.createTextNode(' '));
    notice.appendChild(discard);
    // What could not be put back where it was typed (its row moved or went, its field is no longer asked): listed,
    // to be entered again, never dropped without a word.
    if (unplaced.length) {
      var listed = document.createElement('p');
      listed.id = 'draft-listed';
      listed.textContent = readOnly ? '' : form.getAttribute('data-draft-listed');
      var list = document.createElement('dl');
      list.className = 'draft-values';
      unplaced.forEach(function (name) {
        var controls = Array.prototype.filter.call(form.elements, function (element) { return element.name === name; });
        var movedRow = name.indexOf('[') >= 0 && rowsMoved(form, draft);
        var term = document.createElement('dt');
        term.textContent = (!movedRow && controls.length ? labelOf(controls[0]) : '')
          || (draft.labels && draft.labels[name]) || name;
        var value = document.createElement('dd');
        // Several values of one field (a list's choices) joined as the page's language lists them; a value cleared
        // is said to be, not shown as an empty line or as the list's "please choose".
        var texts = shownValues(form, draft, name, controls, movedRow);
        value.textContent = texts.length ? texts.join(document.body.getAttribute('data-list-separator') || ', ')
          : document.body.getAttribute('data-draft-cleared');
        list.appendChild(term);
        list.appendChild(value);
      });
      if (listed.textContent) { notice.appendChild(listed); }
      notice.appendChild(list);
    }
    form.insertBefore(notice, form.firstChild);
  });
  // Another user signed in in this tab: what the previous one typed and could not save is theirs alone.
  var signedIn = document.querySelector('header[data-user]');
  if (signedIn) {
    try {
      for (var k = sessionStorage.length - 1; k >= 0; k--) {
        var draftName = sessionStorage.key(k);
        if (draftName.indexOf(DRAFT_PREFIX) !== 0) { continue; }
        var other = JSON.parse(sessionStorage.getItem(draftName) || 'null');
        if (other && other.user !== signedIn.getAttribute('data-user')) { sessionStorage.removeItem(draftName); }
      }
    } catch (storageUnavailable) { /* nothing kept */ }
  }
  // The page of a form the portal could not take: leads back to the page whose typing this tab keeps.
  document.querySelectorAll('a[data-draft-return]').forEach(function (link) {
    var latest = null;
    try {
      for (var i = 0; i < sessionStorage.length; i++) {
        var name = sessionStorage.key(i);
        if (name.indexOf(DRAFT_PREFIX) !== 0) { continue; }
        var kept = JSON.parse(sessionStorage.getItem(name) || 'null');
        if (kept && kept.page && Date.now() - kept.at < DRAFT_TTL && (!latest || kept.at > latest.at)) { latest = kept; }
      }
    } catch (storageUnavailable) { latest = null; }
    if (latest && latest.page.charAt(0) === '/' && latest.page.charAt(1) !== '/' && latest.page.charAt(1) !== '\\') {
      link.href = latest.page;
      link.parentNode.hidden = false;
    }
  });
})();
