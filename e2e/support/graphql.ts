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
