/**
 * A session's device in plain words ("Chrome on Windows") from the User-Agent header the API
 * stored at sign-in. Only the browsers and systems people actually use to open Plannivo are
 * named; anything else stays unnamed rather than guessed. No package: a table of patterns is
 * enough, and the names are proper nouns that need no translation.
 */

export type BrowserName =
  'Edge' | 'Opera' | 'Samsung Internet' | 'Yandex Browser' | 'Firefox' | 'Chrome' | 'Safari';

export type OsName = 'Windows' | 'iOS' | 'iPadOS' | 'Android' | 'ChromeOS' | 'macOS' | 'Linux';

/** What kind of device it is, for its icon; `unknown` when the system is not recognised. */
export type DeviceKind = 'desktop' | 'phone' | 'tablet' | 'unknown';

export interface DeviceDescription {
  browser?: BrowserName;
  os?: OsName;
  kind: DeviceKind;
}

// Order matters: Chromium-based browsers also say "Chrome" and "Safari", and Chrome says
// "Safari" too, so the more specific tokens come first.
const BROWSERS: ReadonlyArray<[BrowserName, RegExp]> = [
  ['Edge', /\b(?:Edg|EdgA|EdgiOS|Edge)\//],
  ['Opera', /\b(?:OPR|OPiOS|Opera)\//],
  ['Samsung Internet', /\bSamsungBrowser\//],
  ['Yandex Browser', /\bYaBrowser\//],
  ['Firefox', /\b(?:Firefox|FxiOS)\//],
  ['Chrome', /\b(?:Chrome|CriOS|HeadlessChrome|Chromium)\//],
  ['Safari', /\bVersion\/[\d.]+.*\bSafari\//],
];

// Android before Linux (Android says "Linux"), iPad and iPhone before macOS (they say
// "like Mac OS X").
const SYSTEMS: ReadonlyArray<[OsName, RegExp]> = [
  ['Windows', /\bWindows\b/],
  ['iPadOS', /\biPad\b/],
  ['iOS', /\b(?:iPhone|iPod)\b/],
  ['Android', /\bAndroid\b/],
  ['ChromeOS', /\bCrOS\b/],
  ['macOS', /\bMac OS X\b|\bMacintosh\b/],
  ['Linux', /\bLinux\b|\bX11\b/],
];

function kindOf(os: OsName | undefined, userAgent: string): DeviceKind {
  switch (os) {
    case undefined:
      return 'unknown';
    case 'iOS':
      return 'phone';
    case 'iPadOS':
      return 'tablet';
    case 'Android':
      // Android phones say "Mobile"; tablets do not.
      return /\bMobile\b/.test(userAgent) ? 'phone' : 'tablet';
    default:
      return 'desktop';
  }
}

/** The browser, system and kind of device a User-Agent names; empty for an unknown one. */
export function describeUserAgent(userAgent: string | null | undefined): DeviceDescription {
  const text = userAgent?.trim() ?? '';
  if (!text) return { kind: 'unknown' };
  const browser = BROWSERS.find(([, pattern]) => pattern.test(text))?.[0];
  const os = SYSTEMS.find(([, pattern]) => pattern.test(text))?.[0];
  return { ...(browser && { browser }), ...(os && { os }), kind: kindOf(os, text) };
}
