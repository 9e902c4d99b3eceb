import { Alert, Button, Card, Checkbox, Group, List, ScrollArea, Stack, Text, Textarea, Title } from '@mantine/core';
import { ErrorCode, WebRoute } from '@nextstep/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type DragEvent } from 'react';
import { AnchorLink } from '../../../components/links';
import { bulkMove, consoleKeys, moveApplication, type BulkResult, type Stage, type StaffSummary } from '../api/console';
import { BOARD_STAGES, boardMoves, canMoveOnBoard, NOTIFYING_STAGES, STAFF_STAGE_LABELS } from '../utils/transitions';
import classes from './pipeline-board.module.css';
import { describeWriteError } from './write-problem';

const nameOf = (a: StaffSummary) => (a.candidate ? `${a.candidate.firstName} ${a.candidate.lastName}` : 'Candidate');

interface CardProblem {
  title: string;
  message: string;
  reload: boolean;
}

export interface PipelineBoardProps {
  applications: readonly StaffSummary[];
  /** Reads the board again from the server (after a conflict). */
  onReload: () => void;
}

/**
 * One column per stage. A card moves by drag and drop or by its buttons
 * (the keyboard way); only the moves the server's table allows are offered.
 * Each move sends the version the card was read at, so a card someone else
 * moved first is refused and says so.
 */
export function PipelineBoard({ applications, onReload }: PipelineBoardProps) {
  const queryClient = useQueryClient();
  const [notify, setNotify] = useState(true);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [problems, setProblems] = useState<ReadonlyMap<string, CardProblem>>(new Map());
  const [dragging, setDragging] = useState<StaffSummary | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [rejectNote, setRejectNote] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const [bulkResults, setBulkResults] = useState<Array<BulkResult & { name: string }> | null>(null);
  const byId = new Map(applications.map((a) => [a.id, a]));

  const refresh = () => queryClient.invalidateQueries({ queryKey: consoleKeys.all });
  const move = useMutation({
    mutationFn: ({ application, to }: { application: StaffSummary; to: Stage }) =>
      moveApplication(application.id, { to, version: application.version, notify: NOTIFYING_STAGES.has(to) ? notify : true }),
    onMutate: ({ application }) => setProblems((current) => without(current, application.id)),
    onSuccess: (_, { application, to }) => {
      setAnnouncement(`${nameOf(application)} moved to ${STAFF_STAGE_LABELS[to]}.`);
      void refresh();
    },
    onError: (error, { application }) => setProblems((current) => new Map(current).set(application.id, describeWriteError(error))),
  });
  const bulk = useMutation({
    mutationFn: (to: 'screening' | 'rejected') =>
      bulkMove({
        to,
        notify,
        items: [...selected].flatMap((id) => {
          const application = byId.get(id);
          return application ? [{ id, version: application.version }] : [];
        }),
        ...(to === 'rejected' && rejectNote.trim() ? { note: rejectNote.trim() } : {}),
      }),
    onSuccess: (results) => {
      setBulkResults(results.map((r) => ({ ...r, name: byId.get(r.id) ? nameOf(byId.get(r.id) as StaffSummary) : r.id })));
      // The cards that failed keep their selection and say why.
      setSelected(new Set(results.filter((r) => !r.ok).map((r) => r.id)));
      setProblems((current) => {
        const next = new Map(current);
        for (const r of results) {
          if (r.ok) next.delete(r.id);
          else
            next.set(r.id, {
              title: 'Not moved',
              message: r.message ?? 'The server refused this move.',
              reload: r.code === ErrorCode.STALE_VERSION || r.code === ErrorCode.INVALID_TRANSITION,
            });
        }
        return next;
      });
      setRejecting(false);
      setRejectNote('');
      void refresh();
    },
  });

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const drop = (to: Stage) => (event: DragEvent) => {
    event.preventDefault();
    if (dragging && canMoveOnBoard(dragging.status, to)) move.mutate({ application: dragging, to });
    setDragging(null);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Checkbox
          label="Don't notify the candidate"
          description="Screening, offer, rejected and hired send the candidate a short e-mail unless this is ticked."
          checked={!notify}
          onChange={(e) => setNotify(!e.currentTarget.checked)}
        />
      </Group>

      {selected.size > 0 && (
        <Card withBorder padding="sm" role="region" aria-label="Bulk actions">
          <Stack gap="xs">
            <Text fw={600}>{selected.size === 1 ? '1 application selected' : `${selected.size} applications selected`}</Text>
            <Group gap="xs" wrap="wrap">
              <Button size="xs" onClick={() => bulk.mutate('screening')} loading={bulk.isPending && bulk.variables === 'screening'}>
                Move selected to screening
              </Button>
              <Button size="xs" color="red.8" variant="outline" onClick={() => setRejecting(true)} disabled={bulk.isPending}>
                Reject selected…
              </Button>
              <Button size="xs" variant="default" onClick={() => setSelected(new Set())}>
                Clear selection
              </Button>
            </Group>
            {rejecting && (
              <Stack gap="xs">
                <Textarea
                  label="A kind word for the history (optional)"
                  description={
                    notify
                      ? 'Each candidate gets our short rejection e-mail, with similar open jobs at your branch.'
                      : 'The candidates are not e-mailed ("don\'t notify" is ticked).'
                  }
                  maxLength={2000}
                  rows={2}
                  value={rejectNote}
                  onChange={(e) => setRejectNote(e.currentTarget.value)}
                />
                <Group gap="xs">
                  <Button
                    size="xs"
                    color="red.8"
                    onClick={() => bulk.mutate('rejected')}
                    loading={bulk.isPending && bulk.variables === 'rejected'}
                  >
                    Reject {selected.size === 1 ? '1 application' : `${selected.size} applications`}
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setRejecting(false)}>
                    Cancel
                  </Button>
                </Group>
              </Stack>
            )}
            {bulk.isError && (
              <Text c="red.8" size="sm" role="alert">
                {describeWriteError(bulk.error).message}
              </Text>
            )}
          </Stack>
        </Card>
      )}

      {bulkResults && (
        <Alert
          variant="light"
          color={bulkResults.every((r) => r.ok) ? 'teal' : 'orange'}
          title="Bulk action results"
          withCloseButton
          closeButtonLabel="Dismiss the results"
          onClose={() => setBulkResults(null)}
        >
          <List size="sm" spacing={2}>
            {bulkResults.map((r) => (
              <List.Item key={r.id}>
                <strong>{r.name}</strong>:{' '}
                {r.ok ? `now ${STAFF_STAGE_LABELS[r.status ?? 'applied']}` : `not moved. ${r.message ?? r.code ?? ''}`}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      <div aria-live="polite" className={classes.live}>
        {announcement}
      </div>

      <ScrollArea type="auto" offsetScrollbars>
        <div className={classes.board}>
          {BOARD_STAGES.map((stage) => {
            const cards = applications.filter((a) => a.status === stage);
            const droppable = dragging !== null && canMoveOnBoard(dragging.status, stage);
            return (
              <section
                key={stage}
                aria-labelledby={`column-${stage}`}
                className={classes.column}
                data-droppable={droppable || undefined}
                onDragOver={(event) => {
                  if (droppable) event.preventDefault();
                }}
                onDrop={drop(stage)}
              >
                <Title order={2} size="h4" id={`column-${stage}`} className={classes.columnTitle}>
                  {STAFF_STAGE_LABELS[stage]} <span className={classes.count}>({cards.length})</span>
                </Title>
                <Stack gap="xs" component="ul" className={classes.cards}>
                  {cards.map((application) => {
                    const name = nameOf(application);
                    const problem = problems.get(application.id);
                    return (
                      <li key={application.id}>
                        <Card
                          withBorder
                          padding="xs"
                          draggable
                          onDragStart={(event) => {
                            event.dataTransfer.setData('text/plain', application.id);
                            event.dataTransfer.effectAllowed = 'move';
                            setDragging(application);
                          }}
                          onDragEnd={() => setDragging(null)}
                          className={classes.card}
                        >
                          <Group gap={6} wrap="nowrap" align="flex-start">
                            <Checkbox
                              aria-label={`Select ${name}`}
                              checked={selected.has(application.id)}
                              onChange={(e) => toggle(application.id, e.currentTarget.checked)}
                              mt={2}
                            />
                            <Stack gap={2} style={{ minWidth: 0 }}>
                              <AnchorLink
                                to={WebRoute.recruiterApplication}
                                params={{ applicationId: application.id }}
                                fw={600}
                                style={{ overflowWrap: 'anywhere' }}
                              >
                                {name}
                              </AnchorLink>
                              <Text size="xs">
                                Applied {new Date(application.appliedAt).toLocaleDateString('en-US', { month: 'short', day: 'numeric' })}
                              </Text>
                            </Stack>
                          </Group>
                          {boardMoves(application.status).length > 0 && (
                            <Group gap={4} mt={6} wrap="wrap">
                              {boardMoves(application.status).map((to) => (
                                <Button
                                  key={to}
                                  size="compact-xs"
                                  variant="outline"
                                  color={to === 'rejected' ? 'red.9' : 'blue.9'}
                                  aria-label={`Move ${name} to ${STAFF_STAGE_LABELS[to]}`}
                                  onClick={() => move.mutate({ application, to })}
                                  loading={move.isPending && move.variables?.application.id === application.id && move.variables.to === to}
                                >
                                  → {STAFF_STAGE_LABELS[to]}
                                </Button>
                              ))}
                            </Group>
                          )}
                          {problem && (
                            <Alert color="red" variant="light" role="alert" title={problem.title} mt={6} p="xs">
                              <Text size="xs">{problem.message}</Text>
                              {problem.reload && (
                                <Button size="compact-xs" color="red.8" mt={4} onClick={onReload}>
                                  Reload
                                </Button>
                              )}
                            </Alert>
                          )}
                        </Card>
                      </li>
                    );
                  })}
                  {cards.length === 0 && (
                    <Text size="sm" c="dimmed" component="li">
                      None
                    </Text>
                  )}
                </Stack>
              </section>
            );
          })}
        </div>
      </ScrollArea>
    </Stack>
  );
}

function without<K, V>(map: ReadonlyMap<K, V>, key: K): ReadonlyMap<K, V> {
  const next = new Map(map);
  next.delete(key);
  return next;
}
