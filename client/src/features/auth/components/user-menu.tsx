import { ROLE_LABEL, type Me } from '../../../../../server/contract/auth.ts';

interface Props {
  me: Me;
  onSignOut: () => void;
  signingOut: boolean;
}

export function UserMenu({ me, onSignOut, signingOut }: Props) {
  return (
    <details className="user-menu">
      <summary className="user-menu__summary">
        <span className="user-menu__avatar" aria-hidden="true">
          {me.username.slice(0, 1).toUpperCase()}
        </span>
        <span className="user-menu__name">{me.username}</span>
        <span className="visually-hidden">: account menu</span>
      </summary>
      <div className="user-menu__panel">
        <dl className="user-menu__facts">
          <dt>Signed in as</dt>
          <dd data-testid="user-name">{me.username}</dd>
          <dt>Role</dt>
          <dd data-testid="user-role">{ROLE_LABEL[me.role]}</dd>
          <dt>Agency</dt>
          <dd>{me.agency.name}</dd>
        </dl>
        <button type="button" className="button button--secondary" onClick={onSignOut} disabled={signingOut}>
          {signingOut ? 'Signing out…' : 'Sign out'}
        </button>
      </div>
    </details>
  );
}
