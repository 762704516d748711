'use strict';
// Form login without redirects: a 200 from /j_security_check sets the session cookie, then the
// console opens; anything else leaves the user here with a message.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('login');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const error = document.getElementById('login-error');
    error.textContent = '';
    const response = await fetch('/j_security_check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(new FormData(form))
    });
    if (response.ok) {
      window.location.assign('/');
    } else {
      error.textContent = response.status === 401 ? 'Wrong user or password.' : 'Login failed (' + response.status + ').';
    }
  });
});
