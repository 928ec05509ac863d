// Making another version current changes the catalog everyone sees: the button asks first, with
// the numbers of programs before and after (the form still posts without JavaScript).
(function () {
  'use strict';
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
})();
