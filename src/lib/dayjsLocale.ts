// antd's zh_CN locale names the picker's buttons; the calendar's month and weekday names come from
// dayjs, whose locale is global. Imported once, before anything renders a date picker.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

dayjs.locale('zh-cn');
