import { Box, Text } from '@mantine/core';
import type { HistoryEntry, Stage } from '../utils/stages';
import { timelineSteps } from '../utils/stages';
import classes from './stage-timeline.module.css';

export interface StageTimelineProps {
  stage: Stage;
  history: readonly HistoryEntry[];
}

const STATE_WORDS = { done: 'done', current: 'current stage', ahead: 'not yet', ended: 'where it ended' } as const;

/** Where the application is on its way, as an ordered list (the current step is marked for screen readers too). */
export function StageTimeline({ stage, history }: StageTimelineProps) {
  const steps = timelineSteps(stage, history);
  return (
    <Box component="ol" className={classes.timeline} aria-label="Stages of your application">
      {steps.map((step) => (
        <li
          key={step.stage}
          className={classes.step}
          data-state={step.state}
          aria-current={step.state === 'current' || step.state === 'ended' ? 'step' : undefined}
        >
          <span className={classes.dot} aria-hidden="true" />
          <Text size="sm" fw={step.state === 'current' || step.state === 'ended' ? 700 : 400}>
            {step.label}
            <span className={classes.state}> ({STATE_WORDS[step.state]})</span>
          </Text>
        </li>
      ))}
    </Box>
  );
}
