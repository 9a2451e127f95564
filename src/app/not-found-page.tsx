import { Anchor, Container, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Container component="main" size="sm" py="xl">
      <Title order={1}>Page not found</Title>
      <Text mt="sm">
        This address is not part of the console. <Anchor component={Link} to="/" underline="always">Go to your entries</Anchor>.
      </Text>
    </Container>
  );
}
