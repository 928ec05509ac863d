// Drag and drop onto the upload form: a dropped file becomes the file input's value, and the form
// works the same as with the "Choose file" button (which keeps working without JavaScript).
(function () {
  'use strict';
  const zone = document.getElementById('dropzone');
  const input = document.getElementById('file');
  if (!zone || !input) {
    return;
  }
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.add('dropzone-active');
    });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.remove('dropzone-active');
    });
  });
  zone.addEventListener('drop', function (event) {
    if (event.dataTransfer && event.dataTransfer.files.length > 0) {
      input.files = event.dataTransfer.files;
      input.dispatchEvent(new Event('change'));
    }
  });
  const form = document.getElementById('upload-form');
  const error = document.getElementById('upload-error');
  const maxBytes = Number(form.dataset.maxBytes);
  // A file over the limit is named at once, before minutes of uploading end in a refusal (and the
  // form keeps what was chosen). The server checks the size again either way.
  function tooLarge() {
    const file = input.files.length > 0 ? input.files[0] : null;
    const over = file !== null && maxBytes > 0 && file.size > maxBytes;
    error.textContent = over ? file.name + ' ' + form.dataset.tooLarge : '';
    error.hidden = !over;
    return over;
  }
  input.addEventListener('change', tooLarge);
  form.addEventListener('submit', function (event) {
    if (tooLarge()) {
      event.preventDefault();
      input.focus();
      return;
    }
    const button = document.getElementById('upload-submit');
    button.disabled = true;
    button.textContent = 'Uploading…';
  });
})();
