import { act, render, screen } from '@testing-library/react';
import { useAfterPaint } from '@/components/ui/after-paint';

function Probe() {
  return <p>{useAfterPaint() ? 'painted' : 'first render'}</p>;
}

describe('useAfterPaint', () => {
  it('is false in the first render, and true in the task after the next frame', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    render(<Probe />);
    expect(screen.getByText('first render')).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.getByText('first render')).toBeInTheDocument();

    act(() => {
      for (const frame of frames.splice(0)) frame(performance.now());
    });
    expect(screen.getByText('first render')).toBeInTheDocument();
    expect(await screen.findByText('painted')).toBeInTheDocument();
  });
});
