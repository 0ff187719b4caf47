// What every page's htmx requests need from the server's security set-up:
//  * the CSRF token (from the <meta name="_csrf"> tags of the layout) as a header on every htmx
//    request, so hx-post works on any element, not only on forms that carry the hidden field;
//  * a 503 answer that says the server could not store something (the classroom's attempt
//    recording, header Gopherscope-Attempt: failed) is still shown, since it explains itself and
//    the student must submit again. htmx does not swap error answers by default. The same for a
//    403 that says the page outlived its session (header Gopherscope-Reload).

const token = document.querySelector('meta[name="_csrf"]')?.content;
const header = document.querySelector('meta[name="_csrf_header"]')?.content;

document.addEventListener('htmx:configRequest', (event) => {
  if (token && header) event.detail.headers[header] = token;
});

document.addEventListener('htmx:beforeSwap', (event) => {
  const xhr = event.detail.xhr;
  const failedToStore = xhr.status === 503 && xhr.getResponseHeader('Gopherscope-Attempt') === 'failed';
  const expired = xhr.status === 403 && xhr.getResponseHeader('Gopherscope-Reload');
  if (failedToStore || expired) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
