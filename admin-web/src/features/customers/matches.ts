/**
 * What to ask `customerMatches` while staff type an email and a phone: only values complete
 * enough to match one record (an address with a dot after the @, six digits or more, as the
 * API compares phones by their digits). Null when there is nothing to ask yet.
 */
export function matchQuery(
  email: string,
  phone: string,
): { email?: string; phone?: string } | null {
  const query: { email?: string; phone?: string } = {};
  const mail = email.trim();
  if (/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(mail)) query.email = mail;
  const tel = phone.trim();
  if (tel.replace(/\D/g, '').length >= 6) query.phone = tel;
  return Object.keys(query).length > 0 ? query : null;
}
