import { Component, type ReactNode } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { describeError } from '../clockify/errors';

interface Props {
  children: ReactNode;
  /** Changing this (e.g. the route) clears the error. */
  resetKey?: string;
  onReset?: () => void;
}

/** A page-level boundary: a crash in one page says what happened and offers "Try again". */
export class PageErrorBoundary extends Component<Props, { error: unknown; key?: string }> {
  state: { error: unknown; key?: string } = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: unknown; key?: string }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert color="red" title="This page ran into a problem" role="alert">
        <Stack gap="xs">
          <Text size="sm">{describeError(this.state.error, 'show this page')}</Text>
          <Button
            size="xs"
            variant="light"
            w="fit-content"
            onClick={() => {
              this.props.onReset?.();
              this.setState({ error: null });
            }}
          >
            Try again
          </Button>
        </Stack>
      </Alert>
    );
  }
}
