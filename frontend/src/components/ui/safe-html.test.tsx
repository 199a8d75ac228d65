import { render, screen } from '@testing-library/react';
import { SafeHtml } from '@/components/ui/safe-html';
import { LINK_REL } from '@/lib/sanitize-html';

describe('SafeHtml', () => {
  it('renders a comment with its allowed tags and marked links, without scripts', () => {
    const { container } = render(
      <SafeHtml
        html={
          '<b>gras</b> <a href="https://ok.example" onclick="alert(1)">lien</a><img src=x onerror="alert(1)"><script>alert(1)</script>'
        }
        profile="comment"
        className="comment__body"
      />,
    );
    expect(screen.getByText('gras').tagName).toBe('B');
    const link = screen.getByRole('link', { name: 'lien' });
    expect(link).toHaveAttribute('href', 'https://ok.example');
    expect(link).toHaveAttribute('rel', LINK_REL);
    expect(link).not.toHaveAttribute('onclick');
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.firstElementChild).toHaveClass('comment__body');
    expect(container.firstElementChild?.tagName).toBe('DIV');
  });

  it('renders a note body with its headings and lists', () => {
    render(<SafeHtml html="<h2>Partie</h2><ul><li>point</li></ul>" profile="note" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Partie' })).toBeVisible();
    expect(screen.getByRole('listitem')).toHaveTextContent('point');
  });

  it('renders a search snippet inline, with its marks only', () => {
    const { container } = render(
      <p>
        <SafeHtml html={'la <mark>coalition</mark> <h2>x</h2>'} profile="snippet" />
      </p>,
    );
    expect(container.querySelector('p > span > mark')).toHaveTextContent('coalition');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });
});
