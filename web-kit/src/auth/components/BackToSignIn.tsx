import { Anchor, Center } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way back from the account pages to the sign-in form. */
export function BackToSignIn() {
  const { t } = useTranslation('auth');
  return (
    <Center mt="lg">
      <Anchor component={Link} to="/login" fz="sm" fw={500}>
        <IconArrowLeft
          size={14}
          aria-hidden
          style={{ verticalAlign: '-2px', marginInlineEnd: 4 }}
        />
        {t('forgotPassword.backToSignIn')}
      </Anchor>
    </Center>
  );
}
