import { Command } from 'commander';
import { userAddCommand } from './user-add.ts';
import { userDisableCommand } from './user-disable.ts';
import { userListCommand } from './user-list.ts';
import { userSetPasswordCommand } from './user-set-password.ts';

export function userCommand(): Command {
  return new Command('user')
    .description('manage who can sign in')
    .addCommand(userAddCommand())
    .addCommand(userListCommand())
    .addCommand(userSetPasswordCommand())
    .addCommand(userDisableCommand());
}
