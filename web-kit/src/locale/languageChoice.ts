// Whether the person picked a language with the switcher during this visit. At sign-in that
// fresh choice is saved to their account; otherwise the account's stored language wins.
let chosenThisVisit = false;

export function markLanguageChosen(): void {
  chosenThisVisit = true;
}

export function wasLanguageChosenThisVisit(): boolean {
  return chosenThisVisit;
}
