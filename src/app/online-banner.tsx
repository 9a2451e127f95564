import { Alert } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { useIsFetching } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

/** Says when the browser is offline, or when requests have been slow for a while. */
export function OnlineBanner() {
  const { online } = useNetwork();
  const fetching = useIsFetching();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!fetching) return setSlow(false);
    const t = setTimeout(() => setSlow(true), 4000);
    return () => clearTimeout(t);
  }, [fetching]);

  if (!online) {
    return (
      <Alert color="orange" role="status" title="You are offline">
        Changes can't be sent until the connection is back. Nothing is lost: what you see is the last known state.
      </Alert>
    );
  }
  if (slow) {
    return (
      <Alert color="yellow" role="status" title="The server is slow to answer">
        Still waiting for Clockify. The page will update when the answer arrives.
      </Alert>
    );
  }
  return null;
}
