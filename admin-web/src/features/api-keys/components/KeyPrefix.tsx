import { Code } from '@mantine/core';

/** The first characters of a key, enough to recognise it in another system's settings. */
export function KeyPrefix({ prefix }: { prefix: string }) {
  return (
    <Code fz="xs" style={{ whiteSpace: 'nowrap' }}>
      {prefix}…
    </Code>
  );
}
