/** Minimal GraphQL over HTTP for arranging and checking data beside the browser. */
export async function graphql<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL failed (${response.status}): ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

export async function tokenFor(baseUrl: string, email: string, password: string) {
  const data = await graphql<{ login: { token: string } }>(
    baseUrl,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password },
  );
  return data.login.token;
}

export interface ApiLocation {
  id: string;
  name: string;
  timezone: string;
  currency: string;
}

export async function locationsAs(baseUrl: string, token: string): Promise<ApiLocation[]> {
  const data = await graphql<{ locations: ApiLocation[] }>(
    baseUrl,
    '{ locations { id name timezone currency } }',
    {},
    token,
  );
  return data.locations;
}

/**
 * A sign-in expected to fail (wrong password, unknown email); returns the error code. It is
 * audited all the same, which is what tests of the audit log need.
 */
export async function failedLogin(baseUrl: string, email: string, password: string) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      variables: { email, password },
    }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { extensions?: { code?: string } }[];
  };
  const code = body.errors?.[0]?.extensions?.code;
  if (!code) throw new Error(`Expected the sign-in to fail: ${JSON.stringify(body)}`);
  return code;
}

export interface RegisteredCustomer {
  token: string;
  user: { id: string; email: string; name: string };
}

let signUps = 0;

/** An email address no test used before, on the demo domain's test TLD. */
export function uniqueEmail(prefix: string): string {
  signUps += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${signUps}@e2e.plannivo.test`;
}

/**
 * A new portal account through the API (`registerCustomer`), without accepting any legal
 * document: it must still accept the current TERMS and PRIVACY when it signs in.
 */
export async function registerCustomer(
  baseUrl: string,
  input: { email: string; password: string; name: string; locale?: 'tr' | 'en' },
): Promise<RegisteredCustomer> {
  const data = await graphql<{ registerCustomer: RegisteredCustomer }>(
    baseUrl,
    `
      mutation ($input: RegisterCustomerInput!) {
        registerCustomer(input: $input) {
          token
          user {
            id
            email
            name
          }
        }
      }
    `,
    { input: { locale: 'en', ...input } },
  );
  return data.registerCustomer;
}

export interface ApiLegalDocument {
  id: string;
  kind: 'TERMS' | 'PRIVACY' | 'MARKETING';
  title: string;
  version: number;
  required: boolean;
}

/** What the holder of `token` must still accept. */
export async function pendingLegalDocuments(baseUrl: string, token: string) {
  const data = await graphql<{ pendingLegalDocuments: ApiLegalDocument[] }>(
    baseUrl,
    '{ pendingLegalDocuments { id kind title version required } }',
    {},
    token,
  );
  return data.pendingLegalDocuments;
}

export interface ApiOnboarding {
  onboardingStep: 'PROFILE' | 'SKILLS' | 'EMERGENCY' | 'PREFERENCES' | 'DONE' | null;
  locale: string;
  marketingOptIn: boolean;
  customer: {
    phone: string | null;
    birthDate: string | null;
    weightKg: number | null;
    heightCm: number | null;
    emergencyContactName: string | null;
    emergencyContactPhone: string | null;
    skills: { discipline: string; level: string }[];
  } | null;
}

/** The holder of `token`'s onboarding progress and what it saved on their customer record. */
export async function myOnboarding(baseUrl: string, token: string): Promise<ApiOnboarding> {
  const data = await graphql<{ me: ApiOnboarding }>(
    baseUrl,
    `
      {
        me {
          onboardingStep
          locale
          marketingOptIn
          customer {
            phone
            birthDate
            weightKg
            heightCm
            emergencyContactName
            emergencyContactPhone
            skills {
              discipline
              level
            }
          }
        }
      }
    `,
    {},
    token,
  );
  return data.me;
}

/**
 * Ends the portal onboarding of the holder of `token` (as "Skip for now" does), for tests of
 * other pages with a new account: a new sign-up is otherwise sent to /onboarding first.
 */
export async function finishOnboarding(baseUrl: string, token: string): Promise<void> {
  await graphql(baseUrl, 'mutation { setOnboardingStep(step: DONE) { id } }', {}, token);
}

/**
 * A new portal account through the API that has accepted every pending legal document and
 * skipped the onboarding, so it signs in straight to the portal's home.
 */
export async function onboardedCustomer(
  baseUrl: string,
  input: { email: string; password: string; name: string },
): Promise<RegisteredCustomer> {
  const customer = await registerCustomer(baseUrl, input);
  const pending = await pendingLegalDocuments(baseUrl, customer.token);
  await graphql(
    baseUrl,
    'mutation ($ids: [ID!]!) { acceptLegalDocuments(ids: $ids) }',
    { ids: pending.map((document) => document.id) },
    customer.token,
  );
  await finishOnboarding(baseUrl, customer.token);
  return customer;
}
