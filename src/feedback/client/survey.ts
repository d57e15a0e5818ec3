/**
 * The survey island: sends the answer without leaving the page, says thank you in place, and counts
 * down the comment's characters. Without it the form still posts and comes back with a thank-you.
 */
const form = document.querySelector<HTMLFormElement>('form[data-survey]');
const thanks = document.getElementById('survey-thanks');
const errorBox = form?.querySelector<HTMLElement>('[data-survey-error]');
const counter = form?.querySelector<HTMLElement>('[data-survey-counter]');
const comment = form?.querySelector<HTMLTextAreaElement>('textarea[name="comment"]');

function showError(message: string): void {
  if (!errorBox) return;
  errorBox.textContent = message;
  errorBox.hidden = false;
}

if (form && thanks && comment && counter) {
  const max = Number(counter.dataset.max);
  const initialHint = counter.textContent ?? '';
  comment.addEventListener('input', () => {
    const left = max - comment.value.length;
    counter.textContent = `${initialHint} ${(counter.dataset.left ?? '{count}').replace('{count}', String(left))}`;
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    const data = new FormData(form);
    if (button) button.disabled = true;
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          rating: Number(data.get('rating')),
          comment: String(data.get('comment') ?? ''),
          page: String(data.get('page') ?? ''),
          website: String(data.get('website') ?? ''),
        }),
      });
      if (response.ok) {
        form.hidden = true;
        thanks.classList.add('survey__thanks--shown');
        thanks.focus();
        return;
      }
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      showError(body?.error?.message ?? form.dataset.failed ?? '');
    } catch {
      showError(form.dataset.failed ?? '');
    } finally {
      if (button) button.disabled = false;
    }
  });
}
