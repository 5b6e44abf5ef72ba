"""Press articles: the shared mechanisms read them; prose carries most of their facts."""

from ingest.genres.registry import Kind

KIND = Kind(
    name="news",
    genre="news",
    cues=(
        (r"记者|通讯员|本报讯|新华社|电（|日电|本报[^\n，。]{0,12}?讯", 2.0),
        (r"【镜头】|【画外音】|据悉|近日|日前", 1.5),
        # a post's byline: when, from where, edited by whom, read how often
        (r"发布(?:时间|日期|于)|更新(?:时间|日期)|来源[:：]|编辑[:：]|浏览(?:次数|量)|阅读(?:次数|量)|点击(?:数|次数|量)", 1.0),
        # what a story reports happened
        (r"荣获|获批|召开|举行|举办|表彰|揭晓|入选|出席|圆满|顺利", 0.5),
        # a report of results won (the grants a school got, not a call for them)
        (r"喜讯|捷报|喜获|再创[^。\n]{0,6}新高|名列前茅|获得(?:批准)?资助|获资助", 1.0),
        (r"(说|表示|介绍|称)。|语气", 0.5),
        # when it happened, to the half-day (11月3日上午，…在某楼): an event's report
        (r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午|晚上|晚|早上|中午)(?=\s*(?:[,，]|在|于))", 1.5),  # (not a deadline's
        # hour: 9月12日下午4点)
        # who took part in a meeting and what they did at it
        (r"出席了?(?:会议|活动|仪式|开幕式)|参加了?(?:会议|活动)|主持(?:了)?会议|会议由|总结发言|作了?(?:动员|报告|讲话|发言)|致辞", 0.5),
    ),
)
