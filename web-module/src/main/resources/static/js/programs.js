// Progressive enhancement of the programs page: a filter applies as soon as it changes. Without
// JavaScript the same form works through its "Apply filters" button.
(function () {
  const form = document.getElementById('filters');
  if (!form) {
    return;
  }
  form.querySelectorAll('input[type=checkbox], select').forEach(function (control) {
    if (control.form !== form) {
      return; // the "Compare" boxes sit in the results but belong to the compare form
    }
    control.addEventListener('change', function () {
      const page = form.querySelector('input[name=page]');
      if (page) {
        page.remove();
      }
      form.requestSubmit();
    });
  });
  // Compare: at most four programs; the fifth tick is refused with a message.
  const boxes = document.querySelectorAll('input[name=ids][form=compare-form]');
  boxes.forEach(function (box) {
    box.addEventListener('change', function () {
      const ticked = Array.prototype.filter.call(boxes, function (b) { return b.checked; });
      if (ticked.length > 4) {
        box.checked = false;
        box.setCustomValidity('You can compare up to four programs.');
        box.reportValidity();
        box.setCustomValidity('');
      }
    });
  });
})();
