import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The narrow column of the sign-in, sign-up and password pages: a title, then the form. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack maw={440} mx="auto" w="100%" gap="md" py={{ base: 0, sm: 'lg' }}>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        {children}
      </Paper>
    </Stack>
  );
}

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
