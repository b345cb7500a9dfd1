import { ScrollArea, Text } from '@mantine/core';
import type { LegalDocumentFieldsFragment } from '../../gql/graphql';

/**
 * A legal document's body as published: plain text with its paragraphs and line breaks kept,
 * in a scrollable box so a long text never pushes the buttons off a phone screen.
 */
export function LegalDocumentText({
  document,
  maxHeight = 240,
}: {
  document: Pick<LegalDocumentFieldsFragment, 'body' | 'title'>;
  maxHeight?: number;
}) {
  return (
    <ScrollArea.Autosize
      mah={maxHeight}
      type="auto"
      offsetScrollbars
      bg="gray.0"
      // Mantine lifts the scrollbar to z-index 1001: keep it from painting over sticky
      // footers (the consent gate's buttons) by giving the box its own stacking context.
      style={{ borderRadius: 'var(--mantine-radius-md)', isolation: 'isolate' }}
      // A named region that keyboard users can focus and scroll.
      viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': document.title }}
    >
      <Text fz="sm" p="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {document.body}
      </Text>
    </ScrollArea.Autosize>
  );
}
