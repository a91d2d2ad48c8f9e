import { useEffect, useState } from 'react';
import type { AnyJobResponse } from '../../../../bot/api/contracts';
import { useSession } from '../../shell/shellContext';

const POLL_MS = 800;

export const isFinished = (job: AnyJobResponse): boolean => job.status === 'succeeded' || job.status === 'failed';

/** Polls GET /jobs/{id} from the job a write answered with until it succeeds or fails; a failed poll tries again. */
export function useJob<J extends AnyJobResponse>(started: J | null): J | null {
  const { api } = useSession();
  const [job, setJob] = useState<J | null>(started);
  useEffect(() => {
    setJob(started);
    if (!started || isFinished(started)) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await api.get<J>(`/jobs/${started.id}`);
        if (stopped) return;
        setJob(next);
        if (isFinished(next)) return;
      } catch {
        // A dropped poll is retried; the job carries on in the service.
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    timer = setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [api, started]);
  return job;
}
