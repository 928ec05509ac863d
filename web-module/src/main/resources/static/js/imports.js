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
  document.getElementById('upload-form').addEventListener('submit', function () {
    const button = document.getElementById('upload-submit');
    button.disabled = true;
    button.textContent = 'Uploading…';
  });
})();
