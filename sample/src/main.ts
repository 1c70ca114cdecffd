import { Logger } from '@nestjs/common';
import { createApp } from './app.factory.js';

const app = await createApp();
await app.listen(Number(process.env.PORT ?? 3000));
new Logger('Sample').log(`Listening on ${await app.getUrl()}`);
