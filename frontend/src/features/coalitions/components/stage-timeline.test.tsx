import { screen } from '@testing-library/react';
import { StageTimeline } from '@/features/coalitions/components/stage-timeline';
import { renderComponent } from '@/testing/render';

describe('StageTimeline', () => {
  it('dates each stage the coalition reached, the current one marked', () => {
    renderComponent(
      <StageTimeline
        stage="FORMING"
        history={[
          { stage: 'EMERGING', reachedAt: '2019-12-03T09:00:00Z' },
          { stage: 'FORMING', reachedAt: '2020-04-21T09:00:00Z' },
        ]}
      />,
    );
    const current = screen.getByRole('listitem', { current: 'step' });
    expect(current).toHaveTextContent('En formation');
    expect(current.querySelector('time')).toHaveAttribute('dateTime', '2020-04-21T09:00:00Z');
    expect(
      screen.getByText('Intention émergente').closest('li')?.querySelector('time'),
    ).toHaveAttribute('dateTime', '2019-12-03T09:00:00Z');
    expect(screen.getByText('Engagée').closest('li')?.querySelector('time')).toBeNull();
  });
});
