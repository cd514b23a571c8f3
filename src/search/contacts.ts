// Contact details people type into the search box (a phone, an e-mail, a Telegram handle, an IIN)
// are not the store's to keep: a query is masked before it is logged for staff, its shape left
// so that staff still see that someone tried to leave a contact.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const HANDLE = /(?<![\p{L}\p{N}])@[A-Za-z0-9_]{4,}/gu;
// Digits with the separators phone numbers are written with.
const DIGIT_RUN = /\+?\d[\d ().-]*\d/g;
/** Fewer digits than a local number (seven) is a figure, a year, a plot's size. */
const MIN_PHONE_DIGITS = 7;
/** What a run of digits may be that is not a contact: an amount in thousands, a date, a range of years. */
const NOT_A_CONTACT = [/^\d{1,3}(?:[ .]\d{3})+$/, /^\d{1,2}\.\d{1,2}\.\d{4}$/, /^(?:19|20)\d\d ?- ?(?:19|20)\d\d$/];

function maskDigitRun(run: string): string {
  const digits = run.replace(/\D/g, '').length;
  if (digits < MIN_PHONE_DIGITS || NOT_A_CONTACT.some((p) => p.test(run))) return run;
  return run.replace(/\d/g, '•');
}

/** `text` with every phone number, e-mail address and Telegram handle in it masked. */
export function maskContacts(text: string): string {
  return text.replace(EMAIL, '•••@•••').replace(HANDLE, '@•••').replace(DIGIT_RUN, maskDigitRun);
}
