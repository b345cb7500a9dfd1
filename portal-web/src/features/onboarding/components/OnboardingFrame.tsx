import { Box, Group } from '@mantine/core';
import { LanguageSwitcher } from '@plannivo/web-kit/locale';
import { BrandMark } from '@plannivo/web-kit/ui';
import type { ReactNode } from 'react';

/**
 * The onboarding's own frame: no tabs to wander off with, only the brand and the language,
 * one narrow column that suits a phone and stays readable on a desk.
 */
export function OnboardingFrame({ children }: { children: ReactNode }) {
  return (
    <Box mih="100dvh" bg="gray.0">
      <Box
        component="header"
        px="md"
        h={56}
        bg="var(--mantine-color-body)"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        <Group h="100%" justify="space-between" wrap="nowrap" maw={560} mx="auto">
          <BrandMark size="sm" />
          <LanguageSwitcher />
        </Group>
      </Box>
      <Box component="main" maw={560} mx="auto" px="md" py="lg">
        {children}
      </Box>
    </Box>
  );
}
