import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Access, Can, type AccessScope } from '../../graphql/can.decorator';
import { SentMailArgs } from './mail.input';
import { sentMailPage } from './mail.service';
import { SentMailPage } from './mail.type';

@Resolver()
export class MailResolver {
  @Query(() => SentMailPage, {
    description: "Mail sent about meetings, newest first: all of the municipality's for KE, a coordinator's own",
  })
  @Can('mail.sent')
  sentMail(@Args(() => SentMailArgs) args: SentMailArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<SentMailPage> {
    return sentMailPage(ctx, access, args);
  }
}
